import { existsSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { crawlSite } from './helpers-crawl.ts';
import { FIXTURES } from './helpers-dist.ts';
import { SITES, SUBPATH } from './sites.ts';

/** The dossier built with SITE_BASE=/dossier/ (npm run build:fixtures), served under /dossier/ only. */
test.use({ baseURL: SITES.subpath });

test.describe(`the site under ${SUBPATH}`, () => {
  test.beforeAll(() => {
    if (!existsSync(`${FIXTURES}/subpath/index.html`)) {
      throw new Error(`${FIXTURES}/subpath/ is missing. Hint: npm run build:fixtures builds it (SITE_BASE=${SUBPATH}).`);
    }
  });

  test('every link, asset, feed entry and #fragment resolves inside the sub-path', async ({ page, request }) => {
    const start = ['', '404.html', 'sitemap-index.xml', 'rss.xml', 'robots.txt'].map((path) => `${SUBPATH}${path}`);
    const crawl = await crawlSite(page, request, SITES.subpath, SUBPATH, start);
    expect(crawl.problems).toEqual([]);
    expect(crawl.ids.size).toBeGreaterThan(8);
    const root = await request.get('/sources/');
    expect(root.status(), 'nothing is served outside the sub-path').toBe(404);
  });

  test('a page runs its scripts and loads its styles from the sub-path', async ({ page }) => {
    await page.goto(`${SUBPATH}sources/`);
    await expect(page.getByRole('searchbox', { name: 'Rechercher dans le dossier' })).toBeEnabled();
    const background = await page.locator('.site-header').evaluate((node) => getComputedStyle(node).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });

  test('search finds, links inside the sub-path and highlights on arrival', async ({ page }) => {
    await page.goto(`${SUBPATH}sources/`);
    const box = page.getByRole('searchbox', { name: 'Rechercher dans le dossier' });
    await box.fill('Toberoff');
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${SUBPATH}recherche/\\?q=Toberoff`, 'u'));
    const links = page.locator('.search-result-link');
    await expect(links.first()).toBeVisible();
    await expect.poll(async () => page.locator('.search-result[data-search-loading]:not([hidden])').count()).toBe(0);
    const hrefs = await links.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? ''));
    for (const href of hrefs) expect(href.startsWith(SUBPATH), href).toBe(true);
    await page.locator(`.search-result-link[href^="${SUBPATH}sources/"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`${SUBPATH}sources/[a-z0-9-]+/\\?surligner=toberoff`, 'iu'));
    await expect(page.locator('main mark', { hasText: 'Toberoff' }).first()).toBeVisible();
  });

  test('the search page keeps its query in its address under the sub-path, and finds it again on coming back', async ({ page }) => {
    await page.goto(`${SUBPATH}recherche/`);
    const box = page.locator('main').getByRole('searchbox', { name: 'Rechercher dans le dossier' });
    await box.fill('l’avocat');
    await expect(page).toHaveURL(new RegExp(`${SUBPATH}recherche/\\?q=l%E2%80%99avocat$`, 'u'));
    const link = page.locator(`.search-result-link[href^="${SUBPATH}sources/"]`).first();
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${SUBPATH}sources/[a-z0-9-]+/\\?surligner=avocat`, 'u'));
    await expect(page.locator('main mark', { hasText: /^avocat$/iu }).first()).toBeVisible();
    await page.goBack();
    await expect(box).toHaveValue('l’avocat');
    await expect(page.locator('.search-result-link').first()).toBeVisible();
  });

  test('timeline events found by search open on the home page of the sub-path', async ({ page }) => {
    await page.goto(`${SUBPATH}recherche/?q=Musk`);
    await expect(page.locator('.search-result-link').first()).toBeVisible();
    await page.getByRole('button', { name: /^Événements/u }).click();
    const event = page.locator('.search-result-link').first();
    await expect(event).toHaveAttribute('href', new RegExp(`^${SUBPATH}(\\?[^#]*)?#[a-z0-9-]+$`, 'u'));
    await event.click();
    await expect(page.locator('li.event:target')).toHaveCount(1);
  });
});
