import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { SITES } from './sites.ts';

/**
 * A dossier of 100 synthetic captures (and 34 events): what a page lists must
 * not grow with the dossier, and what is split over pages must all be reachable.
 */
test.use({ baseURL: SITES.large });

/** Follows a page's « Page suivante » links to the end; returns the pages' paths. */
async function followPager(page: Page, start: string): Promise<string[]> {
  const paths = [start];
  await page.goto(start);
  for (;;) {
    const next = page.locator('nav.pager a[rel="next"]').first();
    if ((await next.count()) === 0) return paths;
    await next.click();
    const path = new URL(page.url()).pathname;
    expect(paths, 'the pager goes round in a loop').not.toContain(path);
    paths.push(path);
  }
}

test.describe('a large dossier', () => {
  test('a source page lists the sources around it, not all of them, and links to the rest', async ({ page, request }) => {
    const sources = (await (await request.get('/data/sources.json')).json()) as { id: string; path: string }[];
    expect(sources).toHaveLength(100);
    const middle = sources[50]!;
    await page.goto(middle.path);
    const nav = page.getByRole('navigation', { name: 'Navigation du dossier' });
    const listed = nav.locator('.nav-sources a');
    await expect(listed).toHaveCount(15);
    await expect(nav.locator('.nav-sources a[aria-current="page"]')).toHaveAttribute('href', middle.path);
    await expect(nav.getByRole('heading', { name: 'Sources par date (15 sur 100)' })).toBeVisible();
    await expect(nav.getByRole('link', { name: /sources plus anciennes$/u })).toHaveAttribute('href', '/sources/');
    await expect(nav.getByRole('link', { name: /sources plus récentes$/u })).toHaveAttribute('href', '/sources/');
    // The list keeps publication order around the current source.
    const hrefs = await listed.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    const start = sources.findIndex((source) => source.path === hrefs[0]);
    expect(hrefs).toEqual(sources.slice(start, start + 15).map((source) => source.path));
    // /sources/ still lists them all.
    await page.goto('/sources/');
    await expect(page.locator('main a[href^="/sources/capture-"]')).toHaveCount(100);
  });

  test('the coverage table is split into pages that together hold every event once', async ({ page, request }) => {
    const events = (await (await request.get('/data/timeline.json')).json()) as { title: string }[];
    const sources = (await (await request.get('/data/sources.json')).json()) as { id: string }[];
    const titles: string[] = [];
    const paths = await followPager(page, '/couverture/');
    expect(paths.length).toBeGreaterThan(1);
    for (const path of paths) {
      await page.goto(path);
      const table = page.getByRole('table', { name: /Événements de la chronologie rapportés par chaque source/u });
      titles.push(...(await table.locator('tbody th[scope="row"] a').allTextContents()));
      // Only the sources that report one of the page's events get a column, each with at least one ✓.
      const columns = await table.locator('thead th').count();
      expect(columns - 2).toBeLessThan(sources.length);
      for (let column = 2; column < columns; column++) {
        await expect(table.locator(`tbody tr td:nth-child(${column}).covered`).first()).toBeVisible();
      }
      await expect(page.getByRole('navigation', { name: 'Pages du tableau' })).toContainText(`sur ${paths.length}`);
    }
    expect(titles).toEqual(events.map((event) => event.title));
  });

  test('an entity that every source names has its mentions split over pages, each source once', async ({ page, request }) => {
    const entities = (await (await request.get('/data/entities.json')).json()) as { id: string; mentions: { source: string; count: number }[] }[];
    const musk = entities.find((entity) => entity.id === 'elon-musk')!;
    const paths = await followPager(page, '/entites/elon-musk/');
    expect(paths.length).toBeGreaterThan(1);
    const outletsByPage: string[] = [];
    let lines = 0;
    for (const [i, path] of paths.entries()) {
      await page.goto(path);
      // The chronology is on the first page only.
      await expect(page.getByRole('heading', { name: 'Dans la chronologie' })).toHaveCount(i === 0 ? 1 : 0);
      outletsByPage.push(...(await page.locator('.kwic-group h3').allTextContents()));
      lines += await page.locator('.kwic li').count();
    }
    expect(outletsByPage).toHaveLength(musk.mentions.length);
    expect(lines).toBe(musk.mentions.reduce((sum, mention) => sum + mention.count, 0));
  });

  test('the feed carries the newest 50 sources, newest first', async ({ request }) => {
    const feed = await (await request.get('/rss.xml')).text();
    const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/gu)].map((match) => new URL(match[1]!).pathname);
    const sources = (await (await request.get('/data/sources.json')).json()) as { path: string }[];
    expect(links).toEqual(sources.slice(-50).reverse().map((source) => source.path));
  });

  for (const path of ['/couverture/2/', '/entites/elon-musk/2/']) {
    test(`${path}, a later page, has no axe violation`, async ({ page }) => {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
