import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The number of results Pagefind says it found (it shows them five at a time). */
async function resultCount(page: Page): Promise<number> {
  const message = (await page.locator('.pagefind-ui__message').textContent()) ?? '';
  return Number(/(\d+)/u.exec(message)?.[1] ?? Number.NaN);
}

/** Searches from the search page and waits until the first page of results is loaded. */
async function search(page: Page, term: string) {
  await page.goto(`/recherche/?q=${encodeURIComponent(term)}`);
  const results = page.locator('.pagefind-ui__result');
  await expect(results.first()).toBeVisible();
  // Pagefind fills each result in as its data arrives: wait for all shown to have their link.
  await expect.poll(async () => (await results.count()) - (await page.locator('.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title').count())).toBe(0);
  return results;
}

test.describe('search', () => {
  test('finds « Toberoff » in several sources', async ({ page }) => {
    const results = await search(page, 'Toberoff');
    const links = await results.locator('.pagefind-ui__result-link').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? ''));
    const sources = new Set(links.filter((href) => href.includes('/sources/')).map((href) => href.split('/sources/')[1]!.split('/')[0]));
    expect(sources.size).toBeGreaterThanOrEqual(2);
  });

  test('finds « avocat » behind the typographic apostrophe of « l’avocat »', async ({ page }) => {
    const results = await search(page, 'avocat');
    const excerpts = (await results.locator('.pagefind-ui__result-excerpt').allTextContents()).join(' ');
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
    await expect(results.locator('.pagefind-ui__result-excerpt').first()).toContainText('Échos');
  });

  test('narrows the results with the type filter', async ({ page }) => {
    const results = await search(page, 'Musk');
    const before = await resultCount(page);
    await page.getByRole('checkbox', { name: /^événement/u }).check();
    await expect.poll(async () => resultCount(page)).toBeLessThan(before);
    const links = await results.locator('.pagefind-ui__result-link').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? ''));
    for (const href of links) expect(href).toMatch(/^\/(\?[^#]*)?#[a-z0-9-]+$/u);
  });

  test('narrows the results with the outlet filter', async ({ page }) => {
    const results = await search(page, 'Musk');
    const before = await resultCount(page);
    await page.getByRole('checkbox', { name: /^Digimedia/u }).check();
    await expect.poll(async () => resultCount(page)).toBeLessThan(before);
    const links = await results.locator('.pagefind-ui__result-link').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? ''));
    expect(links.some((href) => href.includes('/sources/digimedia-openai-rejette-offre/'))).toBe(true);
    for (const href of links.filter((href) => href.includes('/sources/'))) expect(href).toContain('digimedia');
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
    await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
  });

  test('does not index the navigation or the removed parts', async ({ page }) => {
    await page.goto('/recherche/?q=Poutine');
    await expect(page.locator('.pagefind-ui__message')).toContainText(/Aucun résultat|0/u);
  });
});
