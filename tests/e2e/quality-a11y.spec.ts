import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { DIST } from './helpers-dist.ts';

/** WCAG 2.2 A and AA as axe knows them, and its best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The pages of the sitemap the build wrote (read from disk: tests are listed before any server starts). */
function sitemapPaths(): string[] {
  if (!existsSync(DIST)) return ['/'];
  const maps = readdirSync(DIST).filter((name) => /^sitemap-\d+\.xml$/u.test(name));
  return maps.flatMap((name) => [...readFileSync(`${DIST}/${name}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/gu)].map((match) => new URL(match[1]!).pathname));
}

/** Every page of the sitemap, a source opened from a search, the search page with and without results, the 404 page. */
const PAGES = [
  ...sitemapPaths(),
  '/sources/digimedia-openai-rejette-offre/?surligner=Musk',
  '/recherche/?q=Toberoff',
  '/recherche/?q=xylophone',
  '/404.html',
];

/** Waits until what scripts add to the page is there: the search UI and its results, the highlights. */
async function settle(page: Page, path: string): Promise<void> {
  if (path.startsWith('/recherche/')) {
    await expect(page.locator('main').getByRole('searchbox', { name: 'Rechercher dans le dossier' })).toBeVisible();
    if (path.includes('q=')) await expect(page.locator('[data-search-summary]')).toHaveText(/résultat/u);
    // Toberoff has results; xylophone only approximate ones, under their own heading.
    if (path.includes('q=')) {
      await expect(page.locator('.search-result-link').first()).toBeVisible();
      await expect.poll(async () => page.locator('.search-result[data-search-loading]:not([hidden])').count()).toBe(0);
    }
  }
  if (path.includes('surligner=')) await expect(page.locator('main mark').first()).toBeVisible();
}

/** One line per violation and node, readable in a test failure. */
function describe(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/gu, ' ')}`),
  );
}

/**
 * Rules whose result depends on colours: the only ones the dark scheme can
 * change, so the only ones run again in it (a full run costs seconds a page).
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

test.describe('accessibility', () => {
  // Fifty pages: spread them over the workers rather than one after the other.
  test.describe.configure({ mode: 'parallel' });
  for (const path of PAGES) {
    test(`${path} has no axe violation in the light and dark schemes`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      await settle(page, path);
      // Closed disclosures hide text from the contrast checks: open them all.
      await page.locator('details').evaluateAll((nodes) => nodes.forEach((node) => node.setAttribute('open', '')));
      const light = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(describe(light.violations), 'light').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await new AxeBuilder({ page }).withRules(COLOUR_RULES).analyze();
      expect(describe(dark.violations), 'dark').toEqual([]);
    });
  }
});

test.describe('accessibility on a phone screen', () => {
  test.describe.configure({ mode: 'parallel' });
  // The pages whose layout changes on a phone: the navigation moves under the
  // page, the sources table becomes cards.
  for (const path of ['/', '/sources/', '/sources/letechobservateur-offre-musk-openai/', '/recherche/']) {
    test(`${path} has no axe violation at 360 px wide, in the light and dark schemes`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      await settle(page, path);
      await page.locator('details').evaluateAll((nodes) => nodes.forEach((node) => node.setAttribute('open', '')));
      const light = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(describe(light.violations), 'light').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await new AxeBuilder({ page }).withRules(COLOUR_RULES).analyze();
      expect(describe(dark.violations), 'dark').toEqual([]);
    });
  }
});

test('a landed citation keeps its text readable in both schemes', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('about:blank');
    await page.goto('/sources/sciencepost-consortium-musk-openai/');
    const id = await page.locator('.capture-text p').nth(3).getAttribute('id');
    await page.goto(`/sources/sciencepost-consortium-musk-openai/#${id}`);
    const { violations } = await new AxeBuilder({ page }).include('.capture-text').withTags(TAGS).analyze();
    expect(describe(violations), colorScheme).toEqual([]);
  }
});

test('an article with every mark shown has no axe violation in either scheme', async ({ page }) => {
  await page.goto('/sources/courrier-strateges-musk-altman/');
  for (const box of await page.locator('.mark-toggles input').all()) await box.check();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).include('.article-text').withTags(TAGS).analyze();
    expect(describe(violations), colorScheme).toEqual([]);
  }
});
