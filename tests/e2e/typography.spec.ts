import { expect, test } from './fixtures.ts';

/** A page of each kind: the templates' text, the editors' and the sources' all pass through here. */
const PAGES = ['/', '/sources/', '/sources/thefrenchbot-musk-rachat-openai/', '/entites/elon-musk/', '/divergences/', '/citations/', '/couverture/', '/recherche/', '/404.html'];

test.describe('French typography', () => {
  for (const path of PAGES) {
    test(`${path} binds « : ; ! ? » and guillemets with non-breaking spaces`, async ({ page }) => {
      await page.goto(path);
      // The text of the page as written in its HTML, without code, scripts or verbatim captures.
      const text = await page.evaluate(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
          acceptNode: (node) => (node.parentElement?.closest('script, style, pre, code, textarea') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
        });
        const parts: string[] = [];
        while (walker.nextNode()) parts.push(walker.currentNode.nodeValue ?? '');
        return parts.join('');
      });
      const breakable = [...text.matchAll(/.{0,20}(?:[ \t\n]+[:;!?»]|«[ \t\n]+).{0,20}/gu)].map((match) => match[0].replace(/\s+/gu, ' '));
      expect(breakable).toEqual([]);
    });
  }

  test('keeps the spaces around the footer’s separator (Astro drops a space before a line break and a tag)', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('footer')).toContainText('Données ouvertes (JSON) · Chronologie (JSON)');
  });
});
