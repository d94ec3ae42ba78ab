import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** What a source page may weigh on first view: its HTML, CSS and JS, gzipped. */
const BUDGET = 20 * 1024;

const SOURCES = [
  'courrier-strateges-musk-altman',
  'sciencepost-consortium-musk-openai',
  'letechobservateur-offre-musk-openai',
  'thefrenchbot-musk-rachat-openai',
  'digimedia-openai-rejette-offre',
];

interface Loaded {
  url: string;
  type: string;
  bytes: number;
  gzipped: number;
}

/** Opens `path` in a fresh page (empty cache) and lists what it downloaded until the network is idle. */
async function load(page: Page, path: string): Promise<Loaded[]> {
  const loaded: Promise<Loaded | undefined>[] = [];
  page.on('response', (response) => {
    loaded.push(
      response
        .body()
        .then((body) => ({ url: response.url(), type: response.request().resourceType(), bytes: body.length, gzipped: gzipSync(body, { level: 9 }).length }))
        .catch(() => undefined),
    );
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  return (await Promise.all(loaded)).filter((item): item is Loaded => item !== undefined);
}

test.describe('weight of a source page', () => {
  for (const id of SOURCES) {
    test(`/sources/${id}/ weighs at most 20 KB gzipped and loads no search code`, async ({ page }) => {
      const loaded = await load(page, `/sources/${id}/`);
      const counted = loaded.filter((item) => ['document', 'stylesheet', 'script'].includes(item.type));
      const total = counted.reduce((sum, item) => sum + item.gzipped, 0);
      test.info().annotations.push({
        type: 'weight',
        description: `${total} B gzipped (${counted.map((item) => `${new URL(item.url).pathname} ${item.bytes}→${item.gzipped}`).join(', ')})`,
      });
      expect(total, counted.map((item) => `${item.url}: ${item.gzipped} B`).join('\n')).toBeLessThanOrEqual(BUDGET);
      expect(loaded.map((item) => new URL(item.url).pathname).filter((path) => path.includes('/pagefind/'))).toEqual([]);
    });
  }

  test('the whole article reads with JavaScript off', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
    const page = await context.newPage();
    await page.goto('/sources/sciencepost-consortium-musk-openai/');
    const article = page.locator('.capture-text');
    await expect(article).toBeVisible();
    expect(await article.locator('p').count()).toBeGreaterThan(5);
    expect(((await article.textContent()) ?? '').length).toBeGreaterThan(3000);
    await context.close();
  });

  test('a page opened from a search loads the highlighter, and only then', async ({ page }) => {
    const loaded = await load(page, '/sources/sciencepost-consortium-musk-openai/?surligner=Toberoff');
    const pagefind = loaded.map((item) => new URL(item.url).pathname).filter((path) => path.includes('/pagefind/'));
    expect(pagefind).toEqual(['/pagefind/pagefind-highlight.js']);
    await expect(page.locator('main mark', { hasText: 'Toberoff' }).first()).toBeVisible();
  });
});
