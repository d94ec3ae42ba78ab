import { expect, test } from './fixtures.ts';
import { crawlSite, PUBLIC_ORIGIN, type Reference } from './helpers-crawl.ts';
import { SITES } from './sites.ts';

/** Where a crawl starts: the home page, and what no page links to but hosts and robots read. */
const START = ['/', '/404.html', '/sitemap-index.xml', '/rss.xml', '/robots.txt'];

/** Links that leave the site must not hand it over to the page they open. */
function unsafeExternalLinks(references: readonly Reference[], origin: string): string[] {
  return references
    .filter((reference) => reference.tag === 'a' && /^https?:/iu.test(reference.value))
    .filter((reference) => ![origin, PUBLIC_ORIGIN].includes(new URL(reference.value).origin))
    .filter((reference) => !(reference.rel.split(/\s+/u).includes('noopener') && reference.rel.split(/\s+/u).includes('noreferrer')))
    .map((reference) => `${reference.from}: <a href="${reference.value}" rel="${reference.rel}">`);
}

test.describe('links', () => {
  test('every internal link, asset and #fragment of the dossier resolves', async ({ page, request }) => {
    const crawl = await crawlSite(page, request, SITES.dossier, '/', START);
    expect(crawl.problems).toEqual([]);
    const pages = [...crawl.ids.keys()].map((url) => new URL(url).pathname);
    expect(pages).toEqual(expect.arrayContaining(['/', '/sources/', '/recherche/', '/404.html', '/sources/digimedia-openai-rejette-offre/']));
    expect(crawl.references.filter((reference) => reference.value.includes('#')).length).toBeGreaterThan(50);
    expect(unsafeExternalLinks(crawl.references, SITES.dossier)).toEqual([]);
  });

  test('the hostile fixture links nowhere unsafe: no javascript: or data: link, external links without opener or referrer', async ({ page, request }) => {
    const crawl = await crawlSite(page, request, SITES.hostile, '/', START);
    expect(crawl.problems).toEqual([]);
    expect(unsafeExternalLinks(crawl.references, SITES.hostile)).toEqual([]);
    const hrefs = crawl.references.filter((reference) => reference.tag === 'a').map((reference) => reference.value.trim());
    for (const href of hrefs) expect(href).not.toMatch(/^(javascript|data|vbscript):/iu);
  });

  test('an unknown address answers 404 with the site’s page, whose links work from any depth', async ({ page, request }) => {
    const response = await request.get('/nulle/part/ici/');
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain('Page introuvable');
    // The page is served at any address: a relative link would lead elsewhere from each.
    await page.goto('/404.html');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    const hrefs = await page.locator('[href], [src]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? node.getAttribute('src') ?? ''));
    for (const href of hrefs) expect(href).toMatch(/^(\/|#|https?:)/u);
    await page.locator('main').getByRole('link', { name: 'Les sources', exact: true }).click();
    await expect(page).toHaveURL(/\/sources\/$/u);
  });

  test('robots.txt names the sitemap, which lists every page but the 404', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain(`Sitemap: ${PUBLIC_ORIGIN}/sitemap-index.xml`);
    const index = await (await request.get('/sitemap-index.xml')).text();
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((match) => new URL(match[1]!).pathname);
    expect(maps.length).toBeGreaterThan(0);
    const locs: string[] = [];
    for (const map of maps) {
      const sitemap = await (await request.get(map)).text();
      locs.push(...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((match) => new URL(match[1]!).pathname));
    }
    expect(locs).toEqual(expect.arrayContaining(['/', '/sources/', '/recherche/', '/sources/sciencepost-consortium-musk-openai/']));
    expect(locs.filter((loc) => loc.includes('404'))).toEqual([]);
  });
});
