import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, sourceText, test } from './fixtures.ts';
import { FIXTURES } from './helpers-dist.ts';
import { SITES } from './sites.ts';
import { unpairedBidiControls } from '../support/unpaired-bidi-controls.ts';

test.use({ baseURL: SITES.hostile });

test.describe('a capture full of markup and code', () => {
  test('renders as literal text and executes nothing', async ({ page }) => {
    await page.goto('/sources/capture-piegee/');
    const text = await sourceText(page.locator('.capture-text'));
    expect(text).toContain(`<script>window.__pwned = 'script'; alert('script')</script>`);
    expect(text).toContain(`<img src=x onerror="window.__pwned = 'img'">`);
    expect(text).toContain('Une accolade {x} et une autre {process.env.HOME}');
    expect(text).toContain(`import fs from 'node:fs'`);
    expect(text).toContain(`export const pwned = 'export'`);
    expect(text).toContain('export default function Piege() { return null }');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    await expect(page.locator('.capture-text script, .capture-text img')).toHaveCount(0);
  });

  test('never turns a javascript: or data: address of a capture into a link', async ({ page }) => {
    await page.goto('/sources/capture-piegee/');
    await expect(page.locator('.capture-text')).toContainText('javascript:alert(1)');
    const hrefs = await page.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    for (const href of hrefs) expect(href).not.toMatch(/^(javascript|data):/iu);
  });
});

test.describe('a source fresh from ingest', () => {
  test('says which fields the editors have not checked, and shows no placeholder as their summary', async ({ page }) => {
    await page.goto('/sources/capture-a-verifier/');
    await expect(page.locator('.notice-unchecked')).toHaveText(
      /^Fiche en cours de vérification\. La rédaction n’a pas encore vérifié le titre, la date et les parties retirées d’après la capture\s: ces informations ont été relevées automatiquement\.$/u,
    );
    const summary = page.locator('section.editorial');
    await expect(summary).toContainText('La rédaction n’a pas encore résumé cet article.');
    await expect(summary).not.toContainText('Résumé à rédiger');
    // A checked source says nothing of the kind.
    await page.goto('/sources/capture-piegee/');
    await expect(page.locator('.notice-unchecked')).toHaveCount(0);
  });
});

/** A character outside XML 1.0's Char production: a C0 control but tab and line ends, a lone surrogate, U+FFFE, U+FFFF. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

test.describe('a capture whose title holds a control character, U+FFFF and a right-to-left override', () => {
  const TITLE = 'Titre piégé à l’envers pour les tests';

  test('leaves the feed, the sitemaps and every XML file well-formed', async ({ page }) => {
    const dir = `${FIXTURES}/hostile`;
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.xml'))
      .map((entry) => join(entry.parentPath, entry.name));
    expect(files.map((file) => relative(dir, file)).sort()).toEqual(expect.arrayContaining(['rss.xml', 'sitemap-0.xml', 'sitemap-index.xml']));
    for (const file of files) {
      const xml = readFileSync(file, 'utf8');
      // The browser's XML parser (libxml2 in Chromium) is strict: what it refuses, feed readers refuse.
      const error = await page.evaluate((text) => new DOMParser().parseFromString(text, 'application/xml').querySelector('parsererror')?.textContent ?? null, xml);
      expect(error, file).toBeNull();
      expect(NOT_XML_CHAR.exec(xml)?.[0], `${file}: a character XML 1.0 does not allow`).toBeUndefined();
      expect(unpairedBidiControls(xml), `${file}: unpaired bidi controls`).toBe(0);
    }
    const feed = readFileSync(`${dir}/rss.xml`, 'utf8');
    expect(feed).toContain(`<title>${TITLE}</title>`);
    expect(feed).toContain('Premier paragraphe de la capture aux caractères invisibles, que le flux doit garder lisible.');
  });

  test('shows the title without them, isolated in the heading, the tab and the lists', async ({ page }) => {
    await page.goto('/sources/capture-caracteres/');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(TITLE);
    await expect(heading.locator('bdi')).toHaveText(TITLE);
    // The site's name stays after the title, in reading order: nothing is left open in <title>.
    expect(await page.title()).toBe(`${TITLE} — Dossier de test`);
    for (const content of await page.locator('meta[content]').evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content')!))) {
      expect(unpairedBidiControls(content), content).toBe(0);
    }
    await page.goto('/sources/');
    await expect(page.getByRole('link', { name: TITLE }).locator('bdi')).toHaveText(TITLE);
  });

  test('lets the search be narrowed to an outlet whose name holds straight quotes', async ({ page }) => {
    await page.goto(`/recherche/?q=${encodeURIComponent('paragraphe')}`);
    // Its article and the event that cites it.
    const outlet = page.getByRole('group', { name: 'Selon' }).getByRole('button', { name: 'Le "Quotidien" & Cie (2)' });
    await outlet.click();
    await expect(page.locator('[data-search-summary]')).toHaveText(/^2 résultats pour/u);
    await expect
      .poll(async () => (await page.locator('.search-result > .search-result-title > .search-result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.replace(/\?[^#]*/u, '')))).sort())
      .toEqual(['/#evenement-guillemets', '/sources/capture-caracteres/']);
  });
});
