import { describe, expect, it } from 'vitest';
import { forIndexing } from '../../src/lib/for-indexing.ts';

describe('forIndexing', () => {
  it('gives Pagefind apostrophes it splits words on', () => {
    expect(forIndexing('<p>l’avocat d’Elon Musk</p>')).toBe("<p>l'avocat d'Elon Musk</p>");
  });

  it('unwraps data and time marks, keeping their words, so that a heading keeps its whole title in the results', () => {
    const heading =
      '<h2 id="x">Un rachat à <data class="amount" value="97400000000" title="97 400 000 000 > 9" tabindex="0">97,4 milliards</data> le <time class="date" datetime="2025-02-10">10 février</time> ?</h2>';
    expect(forIndexing(heading)).toBe('<h2 id="x">Un rachat à 97,4 milliards le 10 février ?</h2>');
  });

  it('leaves other elements whose names start the same alone', () => {
    const html = '<datalist id="d"></datalist><template><p>x</p></template><a href="/data/time/">lien</a>';
    expect(forIndexing(html)).toBe(html);
  });
});
