import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The number of results Pagefind says it found (it shows them five at a time). */
async function resultCount(page: Page): Promise<number> {
  const message = (await page.locator('[data-search-summary]').textContent()) ?? '';
  return Number(/(\d+)/u.exec(message)?.[1] ?? Number.NaN);
}

/** Waits until the first page of results is loaded. */
async function resultsLoaded(page: Page) {
  // Results past the first five wait `hidden` for « Plus de résultats ».
  const results = page.locator('.search-result:not([hidden])');
  await expect(results.first()).toBeVisible();
  // Pagefind fills each result in as its data arrives: wait for all shown to have their link.
  await expect.poll(async () => page.locator('.search-result[data-search-loading]:not([hidden])').count()).toBe(0);
  return results;
}

/** The links of the results shown, as they are now. */
async function resultLinks(page: Page): Promise<string[]> {
  return page.locator('.search-result-link').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? ''));
}

/** Searches from the search page and waits until the first page of results is loaded. */
async function search(page: Page, term: string) {
  await page.goto(`/recherche/?q=${encodeURIComponent(term)}`);
  return resultsLoaded(page);
}

/** Lighthouse's phone and desktop screens, where the search page was measured. */
const SCREENS = { phone: { width: 412, height: 823 }, desktop: { width: 1350, height: 940 } } as const;

/** The search box's top, and the top of what follows it (the navigation on a phone, the footer). */
async function searchBoxAndBelow(page: Page): Promise<{ box: number; below: number }> {
  return page.evaluate(() => {
    const top = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().top + scrollY;
    const box = top('#search');
    return { box, below: Math.min(...[top('.site-nav'), top('.site-footer')].filter((at) => at > box)) };
  });
}

/** Where each result shown stands, every frame, and whether the filters were there. */
interface ResultFrame {
  filters: boolean;
  tops: number[];
}

test.describe('search', () => {
  test('finds « Toberoff » in several sources', async ({ page }) => {
    const results = await search(page, 'Toberoff');
    const links = await results.locator('.search-result-link').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? ''));
    const sources = new Set(links.filter((href) => href.includes('/sources/')).map((href) => href.split('/sources/')[1]!.split('/')[0]));
    expect(sources.size).toBeGreaterThanOrEqual(2);
  });

  test('finds « avocat » behind the typographic apostrophe of « l’avocat »', async ({ page }) => {
    const results = await search(page, 'avocat');
    const excerpts = (await results.locator('.search-result-excerpt').allTextContents()).join(' ');
    expect(excerpts).toContain('l’avocat');
    const sourceLinks = results.locator('a[href*="/sources/letechobservateur-offre-musk-openai/"], a[href*="/sources/sciencepost-consortium-musk-openai/"]');
    expect(await sourceLinks.count()).toBeGreaterThan(0);
  });

  test('finds « intelligence » in « l’intelligence » and « OpenAI » in « d’OpenAI »', async ({ page }) => {
    const intelligence = await search(page, 'intelligence');
    expect(await intelligence.count()).toBeGreaterThanOrEqual(3);
    const openai = await search(page, 'OpenAI');
    await expect(openai.locator('mark').first()).toBeVisible();
  });

  test('matches without accents: « echos » finds « Échos »', async ({ page }) => {
    const results = await search(page, 'echos');
    await expect(results.locator('.search-result-excerpt').first()).toContainText('Échos');
  });

  test('narrows the results with the type filter', async ({ page }) => {
    await search(page, 'Musk');
    const before = await resultCount(page);
    await page.getByRole('button', { name: /^événement/u }).click();
    await expect.poll(async () => resultCount(page)).toBeLessThan(before);
    // The results are redrawn as their data arrives: wait until every one shown is an event of the home page.
    await expect.poll(async () => (await resultLinks(page)).filter((href) => !/^\/(\?[^#]*)?#[a-z0-9-]+$/u.test(href))).toEqual([]);
    expect(await resultLinks(page)).not.toEqual([]);
  });

  test('narrows the results with the outlet filter', async ({ page }) => {
    await search(page, 'Musk');
    const before = await resultCount(page);
    await page.getByRole('button', { name: /^Digimedia/u }).click();
    await expect.poll(async () => resultCount(page)).toBeLessThan(before);
    // The results are redrawn as their data arrives: wait until Digimedia's page is among them and no other source's is.
    await expect
      .poll(async () => {
        const links = await resultLinks(page);
        return links.some((href) => href.includes('/sources/digimedia-openai-rejette-offre/')) && links.every((href) => !href.includes('/sources/') || href.includes('digimedia'));
      })
      .toBe(true);
  });

  test('shows five results at a time, and five more on « Plus de résultats »', async ({ page }) => {
    const results = await search(page, 'Musk');
    expect(await resultCount(page)).toBeGreaterThan(10);
    await expect(results).toHaveCount(5);
    await page.getByRole('button', { name: 'Plus de résultats' }).click();
    await expect(results).toHaveCount(10);
    await expect.poll(async () => page.locator('.search-result[data-search-loading]:not([hidden])').count()).toBe(0);
  });

  test('says which filter value is on: one pill pressed per filter, « Tous » by default', async ({ page }) => {
    await search(page, 'Musk');
    const type = page.getByRole('group', { name: 'Type' });
    await expect(type.getByRole('button', { name: /^Tous/u })).toHaveAttribute('aria-pressed', 'true');
    await type.getByRole('button', { name: /^source/u }).click();
    await expect(type.getByRole('button', { name: /^source/u })).toHaveAttribute('aria-pressed', 'true');
    await expect(type.getByRole('button', { name: /^Tous/u })).toHaveAttribute('aria-pressed', 'false');
  });

  test('opens a result on its page with the searched word highlighted', async ({ page }) => {
    const results = await search(page, 'Toberoff');
    await results.locator('a[href*="/sources/"]').first().click();
    await expect(page).toHaveURL(/surligner=toberoff/iu);
    await expect(page.locator('.capture-text mark', { hasText: 'Toberoff' }).first()).toBeVisible();
  });

  test('the header box searches from any page, and « / » focuses it', async ({ page }) => {
    await page.goto('/sources/');
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Rechercher dans le dossier' });
    await expect(box).toBeFocused();
    await box.fill('Stargate');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/recherche\/\?q=Stargate/u);
    await expect(page.locator('.search-result-link').first()).toBeVisible();
  });

  test('does not index the navigation or the removed parts', async ({ page }) => {
    await page.goto('/recherche/?q=Poutine');
    await expect(page.locator('[data-search-summary]')).toContainText(/Aucun résultat|0/u);
  });

  test('writes a result’s date the French way, « Date : … »', async ({ page }) => {
    const results = await search(page, 'Toberoff');
    await expect(results.locator('.search-result-tag').first()).toHaveText(/^Date\u00A0: \S/u);
  });

  test('does not index a source page’s metadata header', async ({ page }) => {
    // A word of the header's labels (« Empreinte SHA-256 de la capture ») and of no article.
    await page.goto('/recherche/?q=empreinte');
    await expect(page.locator('[data-search-summary]')).toContainText(/Aucun résultat/u);
  });
});

// Lighthouse measured layout shifts here as Pagefind's UI filled the page in (README, Lighthouse).
test.describe('the search page does not move as it fills in', () => {
  for (const [screen, viewport] of Object.entries(SCREENS)) {
    test(`on a ${screen} screen, the search box holds its room before Pagefind's UI is there`, async ({ page }) => {
      await page.setViewportSize(viewport);
      let release = () => {};
      const held = new Promise<void>((done) => (release = done));
      await page.route('**/pagefind/pagefind-modular-ui.js', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto('/recherche/?q=Toberoff', { waitUntil: 'domcontentloaded' });
      // The page's script has run (it removes the no-JS notice); Pagefind's UI is held back.
      await expect(page.locator('[data-no-js-notice]')).toHaveCount(0);
      const before = await searchBoxAndBelow(page);
      release();
      await resultsLoaded(page);
      const after = await searchBoxAndBelow(page);
      expect(after.box).toBe(before.box);
      expect(before.below, 'what follows the search box is out of view before the UI comes').toBeGreaterThanOrEqual(viewport.height);
    });

    test(`on a ${screen} screen, results appear with their filters and stay where they appear`, async ({ page }) => {
      await page.setViewportSize(viewport);
      // Slow filters: a search that did not wait for them would show its results first.
      await page.route('**/pagefind/filter/**', async (route) => {
        await new Promise((done) => setTimeout(done, 500));
        await route.continue();
      });
      await page.addInitScript(() => {
        const frames: ResultFrame[] = [];
        (window as unknown as { resultFrames: ResultFrame[] }).resultFrames = frames;
        const shown = (node: Element | null) => !!node?.checkVisibility({ visibilityProperty: true });
        const record = () => {
          const results = [...document.querySelectorAll('.search-result')].filter(shown);
          if (results.length) {
            frames.push({ filters: shown(document.querySelector('.pagefind-modular-filter-pills-wrapper')), tops: results.map((result) => result.getBoundingClientRect().top + scrollY) });
          }
          requestAnimationFrame(record);
        };
        requestAnimationFrame(record);
      });
      await page.goto('/recherche/?q=Musk');
      const results = await resultsLoaded(page);
      await expect(page.locator('#search [data-search-loading]:not([hidden])')).toHaveCount(0);
      const final = await results.evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().top + scrollY));
      const frames = await page.evaluate(() => (window as unknown as { resultFrames: ResultFrame[] }).resultFrames);
      expect(frames.length).toBeGreaterThan(0);
      for (const frame of frames) {
        expect(frame.filters, 'the filter panel is there when results show').toBe(true);
        expect(frame.tops, 'results shown stay where they are').toEqual(final.slice(0, frame.tops.length));
      }
    });
  }
});
