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

  for (const path of PAGES) {
    test(`${path} reads right without its stylesheet: no two inline elements glue their words`, async ({ page }) => {
      await page.goto(path);
      // Reader modes, copy and paste and unstyled pages show inline elements side by side:
      // « Le Courrier des Stratèges » then « février 2025 » need a space between them.
      // A footnote call (<sup>) rightly sits against its word.
      const glued = await page.evaluate(() => {
        const inline = /^(A|ABBR|B|BDI|CITE|CODE|DATA|DEL|DFN|EM|I|INS|KBD|LABEL|MARK|OUTPUT|Q|S|SAMP|SMALL|SPAN|STRONG|TIME|U|VAR)$/u;
        const found: string[] = [];
        for (const element of document.body.querySelectorAll('*')) {
          const children = [...element.childNodes].filter((node) => !(node.nodeType === Node.TEXT_NODE && node.nodeValue === ''));
          for (let i = 1; i < children.length; i++) {
            const [before, after] = [children[i - 1]!, children[i]!];
            if (!(before instanceof Element && after instanceof Element && inline.test(before.tagName) && inline.test(after.tagName))) continue;
            const [end, start] = [before.textContent ?? '', after.textContent ?? ''];
            if (/[\p{L}\p{N}).»]$/u.test(end) && /^[\p{L}\p{N}(«]/u.test(start)) found.push(`${end.slice(-30)}|${start.slice(0, 30)}`);
          }
        }
        return found;
      });
      expect(glued).toEqual([]);
    });
  }

  test('keeps the spaces around the footer’s separator (Astro drops a space before a line break and a tag)', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('footer')).toContainText('Données ouvertes (JSON) · Chronologie (JSON)');
  });
});
