import { expect, test } from './fixtures.ts';

/** The JSON-LD blocks of the page, parsed. */
async function jsonLd(page: import('@playwright/test').Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
}

test.describe('metadata for feeds, search engines and link previews', () => {
  test('a source page is a NewsArticle with its outlet as publisher, its date and headline', async ({ page }) => {
    await page.goto('/sources/digimedia-openai-rejette-offre/');
    const [article] = await jsonLd(page);
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'OpenAI rejette l\'offre de rachat d\'Elon Musk : quel impact pour l\'avenir de l\'IA ?',
      datePublished: '2025-02-17',
      publisher: { '@type': 'Organization', name: 'Digimedia' },
      inLanguage: 'fr',
    });
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /OpenAI rejette/u);
    await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute('content', '2025-02-17');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/sources\/digimedia-openai-rejette-offre\/$/u);
  });

  test('the home page describes the website and its open data as a Dataset', async ({ page }) => {
    await page.goto('/');
    const [graph] = await jsonLd(page);
    const types = (graph!['@graph'] as { '@type': string }[]).map((node) => node['@type']);
    expect(types).toEqual(['WebSite', 'Dataset']);
    const dataset = (graph!['@graph'] as { '@type': string; distribution: { contentUrl: string }[] }[])[1]!;
    expect(dataset.distribution.map((item) => new URL(item.contentUrl).pathname)).toEqual(['/data/sources.json', '/data/timeline.json']);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'website');
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.svg');
  });

  test('every page links the RSS feed of the sources, newest first', async ({ page, request }) => {
    for (const path of ['/', '/sources/', '/recherche/', '/sources/sciencepost-consortium-musk-openai/']) {
      await page.goto(path);
      await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/rss.xml');
    }
    const response = await request.get('/rss.xml');
    expect(response.headers()['content-type']).toMatch(/xml/u);
    const feed = await response.text();
    const links = [...feed.matchAll(/<item>.*?<link>([^<]+)<\/link>/gsu)].map((match) => new URL(match[1]!).pathname);
    expect(links).toHaveLength(5);
    expect(links[0]).toBe('/sources/digimedia-openai-rejette-offre/');
    const dates = [...feed.matchAll(/<pubDate>([^<]+)<\/pubDate>/gu)].map((match) => Date.parse(match[1]!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    // A date known to the month only has no <pubDate> (its 1st would be before the offer) and is said in words.
    const sources = (await (await request.get('/data/sources.json')).json()) as { published: { precision: string } }[];
    expect(dates).toHaveLength(sources.filter((source) => source.published.precision === 'day').length);
    expect(feed).toContain('publié en février 2025 (date déduite)');
  });
});
