import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { SITES } from './sites.ts';

/**
 * Every page under test must log no console error, throw nothing, and ask
 * nothing of any origin but its own: a request elsewhere is blocked and fails
 * the test.
 */
export const test = base.extend<{ siteGuard: void }>({
  siteGuard: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const allowed = new Set([new URL(baseURL!).origin, SITES.hostile]);
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('dialog', (dialog) => {
        problems.push(`dialog opened: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (allowed.has(url.origin)) return route.continue();
        problems.push(`request left the site: ${url.href}`);
        return route.abort('blockedbyclient');
      });
      await use();
      expect(problems, 'console errors, page errors, dialogs or requests outside the site').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * The source's words in an element: its text without what the site adds
 * beside them (`data-extra`: note calls and notes, speaker labels, ¶ anchors).
 */
export async function sourceText(locator: Locator): Promise<string> {
  return squash(
    await locator.evaluate((node) => {
      const copy = node.cloneNode(true) as Element;
      for (const extra of copy.querySelectorAll('[data-extra]')) extra.remove();
      return copy.textContent ?? '';
    }),
  );
}

/**
 * Follows a link to a passage of a source and checks that it lands on one
 * paragraph (its `:target`) whose words contain `text`.
 */
export async function expectLandsOn(page: Page, href: string, text: string): Promise<void> {
  // A fresh load each time: going from one fragment to the same one is not a navigation.
  await page.goto('about:blank');
  await page.goto(href);
  const target = page.locator('.capture-text :target');
  await expect(target, href).toHaveCount(1);
  expect(await sourceText(target), href).toContain(squash(text));
}

/** Text as the tests compare it: every run of white space (NBSP included) as one space. */
export function squash(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Where an event of /data/timeline.json stands in the timeline: at the first day it can have
 * happened; an event the sources date only within years (bounds past its date's period) at the
 * head of the year of its last possible day.
 */
export function timelinePlace(event: { date: string; notBefore?: string; notAfter?: string }): string {
  if (event.notAfter !== undefined && !event.notAfter.startsWith(event.date)) return `${event.notAfter.slice(0, 4)}-00-00`;
  return event.notBefore ?? event.date.padEnd(10, '-01-01');
}
