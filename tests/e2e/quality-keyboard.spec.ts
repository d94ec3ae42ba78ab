import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** What a keyboard user meets: one page of each kind, the search page with its results and filters. */
const PAGES = ['/', '/sources/', '/sources/thefrenchbot-musk-rachat-openai/', '/recherche/?q=Toberoff', '/404.html'];

/**
 * Marks every element a keyboard user should reach (visible, enabled, not
 * taken out of the tab order) with data-kbd, and returns how many there are.
 */
async function markFocusables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]';
    const candidates = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (element) =>
        element.tabIndex >= 0 &&
        !(element as HTMLInputElement).disabled &&
        element.getAttribute('type') !== 'hidden' &&
        element.checkVisibility({ visibilityProperty: true }) &&
        // The skip link is hidden until focused: it counts.
        (element.getBoundingClientRect().width > 0 || element.classList.contains('skip-link')),
    );
    return candidates.map((element, i) => {
      element.dataset.kbd = String(i);
      return `${element.localName}${element.id ? `#${element.id}` : ''} ${element.textContent?.trim().slice(0, 40) ?? ''}`;
    });
  });
}

/** The focused element: its data-kbd mark, and whether a focus indicator shows and it lies in the viewport. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return undefined;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none';
    const box = element.getBoundingClientRect();
    const inView = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
    return {
      kbd: element.dataset.kbd,
      name: `${element.localName}${element.id ? `#${element.id}` : ''} ${element.textContent?.trim().slice(0, 40) ?? ''}`,
      indicator: outline || shadow,
      inView,
    };
  });
}

test.describe('keyboard', () => {
  test('the skip link is the first stop, shows when focused and moves focus to the content', async ({ page }) => {
    await page.goto('/sources/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport({ ratio: 1 });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#contenu$/u);
    await expect(page.locator('main#contenu')).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);
  });

  for (const path of PAGES) {
    test(`every control of ${path} is reached by Tab, with a visible focus`, async ({ page }) => {
      await page.goto(path);
      if (path.startsWith('/recherche/')) {
        await expect(page.locator('.search-result-link').first()).toBeVisible();
        await expect.poll(async () => page.locator('.search-result[data-search-loading]:not([hidden])').count()).toBe(0);
      }
      const expected = await markFocusables(page);
      expect(expected.length).toBeGreaterThan(5);
      const reached = new Set<string>();
      const problems: string[] = [];
      await page.locator('body').focus();
      for (let i = 0; i < expected.length + 5; i++) {
        await page.keyboard.press('Tab');
        const state = await focused(page);
        if (!state) break;
        if (state.kbd !== undefined) {
          if (reached.has(state.kbd)) break;
          reached.add(state.kbd);
        }
        if (!state.indicator) problems.push(`no visible focus on ${state.name}`);
        if (!state.inView) problems.push(`focused but out of view: ${state.name}`);
      }
      const missed = expected.filter((_, i) => !reached.has(String(i)));
      expect(problems).toEqual([]);
      expect(missed, 'controls never reached with Tab').toEqual([]);
    });
  }
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test(`the longest article is at most 25 Tab stops to cross at ${viewport.width}×${viewport.height}`, async ({ page, request }) => {
    await page.setViewportSize(viewport);
    const sources: { path: string; wordCount: number }[] = await (await request.get('/data/sources.json')).json();
    const longest = sources.reduce((a, b) => (b.wordCount > a.wordCount ? b : a));
    await page.goto(longest.path);
    // From the last control before the text (the legend's last box), Tab until the focus leaves the text.
    await page.locator('.mark-toggles input').last().focus();
    const stops: string[] = [];
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const inText = await page.evaluate(() => {
        const element = document.activeElement;
        return element && document.querySelector('.capture-text')!.contains(element) ? `${element.localName} ${element.textContent?.trim().slice(0, 30)}` : undefined;
      });
      if (!inText) break;
      stops.push(inText);
    }
    // The names' first mentions, the notes' calls and their links back: each name and amount was a stop, and each ¶ (135 in all).
    expect(stops.length).toBeGreaterThan(0);
    expect(stops.length, stops.join('\n')).toBeLessThanOrEqual(25);
  });
}
