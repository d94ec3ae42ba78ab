import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { expect, test } from './fixtures.ts';
import { DIST, FIXTURES, htmlFiles } from './helpers-dist.ts';
import { headersFor, parseHeadersFile, serveWithHeaders } from './helpers-headers-server.ts';
import { SITES } from './sites.ts';

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
const headerPolicy = headersFor(rules, '/')['Content-Security-Policy']!;

/** The directives of a policy, by name. */
function directives(policy: string): Map<string, string> {
  return new Map(policy.split(';').map((part) => part.trim().split(/\s+/u)).filter((words) => words[0]).map(([name, ...values]) => [name!, values.join(' ')]));
}

test.describe('content security policy in the pages', () => {
  for (const dir of [DIST, `${FIXTURES}/hostile`]) {
    test(`every page of ${dir} carries the policy of _headers in a <meta>, and nothing inline it would block`, async ({ page }) => {
      const expected = directives(headerPolicy);
      // A <meta> policy cannot say who may frame the page: only the header does.
      expected.delete('frame-ancestors');
      for (const file of htmlFiles(dir)) {
        const html = readFileSync(join(dir, file), 'utf8');
        const found = await page.evaluate((source) => {
          const doc = new DOMParser().parseFromString(source, 'text/html');
          const meta = doc.querySelector('meta[http-equiv="Content-Security-Policy" i]');
          const head = [...doc.head.children];
          const loadsBefore = meta ? head.slice(0, head.indexOf(meta)).filter((element) => element.matches('script, link[rel~="stylesheet"], style')).length : -1;
          const inline = [
            ...[...doc.querySelectorAll('script:not([src])')].filter((script) => script.getAttribute('type') !== 'application/ld+json').map(() => '<script> without src'),
            ...[...doc.querySelectorAll('style')].map(() => '<style>'),
            ...[...doc.querySelectorAll('[style]')].map((element) => `style="" on <${element.localName}>`),
            ...[...doc.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on')).map((name) => `${name}="" on <${element.localName}>`)),
          ];
          return { policy: meta?.getAttribute('content') ?? null, loadsBefore, inline };
        }, html);
        expect(found.policy, file).not.toBeNull();
        expect(directives(found.policy!), file).toEqual(expected);
        expect(found.loadsBefore, `${file}: scripts or styles before the policy`).toBe(0);
        expect(found.inline, file).toEqual([]);
      }
    });
  }
});

test.describe('with the headers of public/_headers', () => {
  test.describe.configure({ mode: 'serial' });
  test.use({ baseURL: SITES.headers });
  let server: Server | undefined;
  test.beforeAll(async () => {
    server = await serveWithHeaders(DIST, Number(new URL(SITES.headers).port));
  });
  test.afterAll(async () => {
    await new Promise((done) => server?.close(done));
  });

  test('pages, search and highlighting run without a single policy violation', async ({ page }) => {
    // The siteGuard fixture fails the test on any console error, and Chromium reports each violation as one.
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
      });
    });
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toBe(headerPolicy);
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    await page.goto('/sources/sciencepost-consortium-musk-openai/?surligner=Toberoff');
    await expect(page.locator('main mark', { hasText: 'Toberoff' }).first()).toBeVisible();
    await page.goto('/recherche/?q=Musk');
    await expect(page.locator('.search-result-link').first()).toBeVisible();
    await page.getByRole('button', { name: /^Événements/u }).click();
    await expect(page.locator('.search-result-link').first()).toBeVisible();
    expect(violations).toEqual([]);
  });

  test('a frame from another site is refused', async ({ request }) => {
    const response = await request.get('/sources/');
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers()['x-frame-options']).toBe('DENY');
  });
});
