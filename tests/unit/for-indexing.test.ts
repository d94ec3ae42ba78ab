import { describe, expect, it } from 'vitest';
import { forIndexing, textForIndexing } from '../../src/lib/for-indexing.ts';

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
    const html = '<datalist class="d"></datalist><template><p>x</p></template><a href="/data/time/">lien</a>';
    expect(forIndexing(html)).toBe(html);
  });
});

describe('forIndexing: anchors', () => {
  it('keeps the ids of headings, which make a result’s sections, and drops the others', () => {
    const html =
      '<h2 id="texte">Texte</h2><p id="p-un" class="x">Un <a href="#p-un" id="call-1">lien</a>.</p><li id="p-deux">Deux</li><aside class="note" id="note-1" aria-label="Note 1">N</aside><h3 id="sous">Sous</h3>';
    expect(forIndexing(html)).toBe('<h2 id="texte">Texte</h2><p class="x">Un <a href="#p-un">lien</a>.</p><li>Deux</li><aside class="note" aria-label="Note 1">N</aside><h3 id="sous">Sous</h3>');
  });

  it('leaves ids written inside attribute values and data-id attributes alone', () => {
    const html = '<p title="voir id=x" data-id="y">Texte</p><header id="h">En-tête</header>';
    expect(forIndexing(html)).toBe('<p title="voir id=x" data-id="y">Texte</p><header>En-tête</header>');
  });
});

describe('textForIndexing', () => {
  it('changes only the apostrophes of a record’s text: what looks like a tag in a quoted passage stays', () => {
    expect(textForIndexing('l’avocat a écrit <time> et id="x"')).toBe('l\'avocat a écrit <time> et id="x"');
  });
});
