import { test as unguarded, type Page } from '@playwright/test';
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

/** What the page says a search found, once it has said it. */
async function summaryOf(page: Page): Promise<string> {
  const summary = page.locator('[data-search-summary]');
  await expect(summary).toHaveText(/résultat/u);
  return ((await summary.textContent()) ?? '').replace(/\s+/gu, ' ');
}

/** The search page's own box (the header has one too). */
function searchBox(page: Page) {
  return page.locator('main').getByRole('searchbox', { name: 'Rechercher dans le dossier' });
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
    await page.getByRole('button', { name: /^Événements/u }).click();
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

  test('says which filter value is on: one pill pressed per filter, « Tout » by default', async ({ page }) => {
    await search(page, 'Musk');
    const type = page.getByRole('group', { name: 'Type' });
    await expect(type.getByRole('button', { name: /^Tout \(/u })).toHaveAttribute('aria-pressed', 'true');
    await type.getByRole('button', { name: /^Sources \(/u }).click();
    await expect(type.getByRole('button', { name: /^Sources \(/u })).toHaveAttribute('aria-pressed', 'true');
    await expect(type.getByRole('button', { name: /^Tout \(/u })).toHaveAttribute('aria-pressed', 'false');
  });

  test('names the filters and their values alike, in words that say what they count', async ({ page }) => {
    await search(page, 'Musk');
    const type = page.getByRole('group', { name: 'Type' });
    const pills = async (group: typeof type) => (await group.getByRole('button').allTextContents()).map((text) => text.replace(/\s*\(\d+\)$/u, ''));
    expect(await pills(type)).toEqual(['Tout', 'Sources', 'Événements', 'Noms', 'Divergences']);
    // An outlet's pill counts its articles and the events that cite them: the results « selon » it.
    const outlet = page.getByRole('group', { name: 'Selon' });
    expect(await pills(outlet)).toEqual(expect.arrayContaining(['Tous les médias', 'Digimedia', 'Sciencepost']));
  });

  test('opens a result on its page with the searched word highlighted', async ({ page }) => {
    const results = await search(page, 'Toberoff');
    await results.locator('a[href*="/sources/"]').first().click();
    await expect(page).toHaveURL(/surligner=toberoff/iu);
    await expect(page.locator('.capture-text mark', { hasText: 'Toberoff' }).first()).toBeVisible();
  });

  test('says plainly that no result holds a word the dossier does not contain', async ({ page }) => {
    for (const word of ['xyzqw', 'Bretagne', 'licorne']) {
      await page.goto(`/recherche/?q=${word}`);
      const summary = await summaryOf(page);
      expect(summary).toContain(`Aucun résultat exact pour « ${word} ».`);
      expect(summary, 'no count of results « pour » the word').not.toMatch(/\d+ résultats? pour/u);
      // Pagefind's results for a shorter word are shown, under a heading that says what they are.
      const results = page.getByRole('list', { name: 'Résultats approchants' });
      await expect(results.locator('.search-result-link').first()).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Résultats approchants' })).toBeVisible();
      await expect(page.locator('[data-search-approximate]')).toContainText(`ne contiennent pas « ${word} »`);
    }
  });

  test('names only the searched words the results lack', async ({ page }) => {
    await page.goto('/recherche/?q=Toberoff%20xyzqw');
    expect(await summaryOf(page)).toContain('Aucun résultat exact pour « Toberoff xyzqw ».');
    await expect(page.locator('[data-search-approximate]')).toContainText('ne contiennent pas « xyzqw »,');
  });

  test('counts the results of a word of the dossier, as typed, being typed or in another form', async ({ page }) => {
    for (const word of ['Toberoff', 'Tober', 'avocats', 'l’avocat']) {
      await search(page, word);
      expect(await summaryOf(page)).toMatch(new RegExp(`^\\d+ résultats? pour « ${word} »$`, 'u'));
      await expect(page.getByRole('heading', { name: 'Résultats approchants' })).toBeHidden();
    }
  });

  test('a result for « l’avocat » highlights « avocat » on the page it opens', async ({ page }) => {
    const results = await search(page, 'l’avocat');
    await results.locator('a[href*="/sources/"]').first().click();
    expect(new URL(page.url()).searchParams.getAll('surligner')).toEqual(['avocat']);
    await expect(page.locator('.capture-text mark', { hasText: /^avocat$/iu }).first()).toBeVisible();
  });

  test('a result for « 97,4 milliards » highlights the number whole', async ({ page }) => {
    const results = await search(page, '97,4 milliards');
    await results.locator('a[href*="/sources/"]').first().click();
    expect(new URL(page.url()).searchParams.getAll('surligner')).toEqual(['97,4', 'milliards']);
    await expect(page.locator('.capture-text mark', { hasText: /^97,4$/u }).first()).toBeVisible();
  });

  test('keeps the query in the address, so that going back from a result finds the search again', async ({ page }) => {
    await page.goto('/recherche/');
    await searchBox(page).fill('Toberoff');
    await expect(page).toHaveURL(/\/recherche\/\?q=Toberoff$/u);
    await resultsLoaded(page);
    await page.locator('.search-result-link[href*="/sources/"]').first().click();
    await expect(page).toHaveURL(/\/sources\//u);
    await page.goBack();
    await expect(page).toHaveURL(/\/recherche\/\?q=Toberoff$/u);
    await expect(searchBox(page)).toHaveValue('Toberoff');
    await resultsLoaded(page);
    expect(await summaryOf(page)).toMatch(/^\d+ résultats pour « Toberoff »$/u);
    // Emptying the box takes the query out of the address.
    await searchBox(page).press('Escape');
    await expect(page).toHaveURL(/\/recherche\/$/u);
  });

  test('« Plus de résultats » moves focus to the first result it shows', async ({ page }) => {
    await search(page, 'Musk');
    await page.getByRole('button', { name: 'Plus de résultats' }).press('Enter');
    await expect(page.locator('.search-result').nth(5).locator('.search-result-link').first()).toBeFocused();
    await page.getByRole('button', { name: 'Plus de résultats' }).press('Enter');
    await expect(page.locator('.search-result').nth(10).locator('.search-result-link').first()).toBeFocused();
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
    await expect(page.locator('[data-search-summary]')).toContainText(/^Aucun résultat/u);
  });

  test('writes a result’s date the French way, « Date : … »', async ({ page }) => {
    const results = await search(page, 'Toberoff');
    const article = results.filter({ has: page.locator('.search-result-link[href*="/sources/"]') }).first();
    await expect(article.locator('.search-result-tag').first()).toHaveText(/^Date\u00A0: \S/u);
  });

  test('finds a name’s page in the index of names, and the point on which the sources disagree', async ({ page }) => {
    const results = await search(page, 'Toberoff');
    const name = results.filter({ has: page.locator('.search-result-link[href*="/entites/marc-toberoff/"]') });
    await expect(name.locator('.search-result-title')).toHaveText('Marc Toberoff');
    await expect(name.locator('.search-result-tag')).toHaveText('Catégorie\u00A0: Personne');
    await expect(name.locator('.search-result-excerpt')).toHaveText(/^Marc Toberoff \(aussi écrit\s: Toberoff\)\. Avocat d’Elon Musk/u);
    // The articles that quote him stay among the first results: a short record does not outrank them all.
    expect((await resultLinks(page)).slice(0, 5).filter((href) => href.includes('/sources/')).length).toBeGreaterThanOrEqual(2);
    await page.getByRole('group', { name: 'Type' }).getByRole('button', { name: /^Noms \(/u }).click();
    await expect.poll(async () => (await resultLinks(page)).filter((href) => !/^\/entites\/[a-z0-9-]+\/(\?[^#]*)?$/u.test(href))).toEqual([]);
    await search(page, 'vendre');
    const divergence = page.locator('.search-result-link[href*="/divergences/"][href$="#auteur-pas-a-vendre"]');
    // Its title spaced the French way, as on the page: « Qui a dit «\u00A0OpenAI n’est pas à vendre\u00A0»\u202F? ».
    expect(await divergence.textContent()).toBe('Qui a dit «\u00A0OpenAI n’est pas à vendre\u00A0»\u202F?');
    await divergence.click();
    await expect(page.locator('#auteur-pas-a-vendre')).toBeInViewport();
  });

  test('does not index a source page’s metadata header', async ({ page }) => {
    // A word of the header's labels (« Empreinte SHA-256 de la capture ») and of no article.
    await page.goto('/recherche/?q=empreinte');
    await expect(page.locator('[data-search-summary]')).toContainText(/Aucun résultat/u);
  });
});

// Unguarded: the missing script is a failed request, which Chromium logs as a console error.
unguarded('without its index, the search page says that search is not available, and the console says why', async ({ page }) => {
  const logged: string[] = [];
  page.on('console', (message) => logged.push(message.text()));
  await page.route('**/pagefind/pagefind-modular-ui.js', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/recherche/?q=Toberoff');
  const main = page.locator('main');
  await expect(main).toContainText('La recherche n’est pas disponible pour le moment.');
  await expect(main).not.toContainText('npm run build');
  await expect(main.getByRole('searchbox')).toHaveCount(0);
  expect(logged.join('\n')).toContain('npm run build');
});

test('on a phone, the header box’s placeholder fits, and the shortcut is still said', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/sources/');
  const box = page.getByRole('searchbox', { name: 'Rechercher dans le dossier' });
  await expect(box).toBeEnabled();
  await expect(box).toHaveAttribute('placeholder', 'Rechercher');
  const room = await box.evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = style.font;
    return input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - context.measureText(input.placeholder).width;
  });
  expect(room, 'the placeholder is not cut').toBeGreaterThanOrEqual(0);
  await expect(box).toHaveAttribute('aria-keyshortcuts', /\//u);
  await expect(box).toHaveAccessibleDescription(/touche \//u);
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
