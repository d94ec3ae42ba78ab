import { describe, expect, it } from 'vitest';
import { typesetHtml } from '../../src/lib/typeset-html.ts';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

describe('typesetHtml', () => {
  it('binds French punctuation in the text of the page', () => {
    expect(typesetHtml('<p>Qui a dit quoi : les déclarations ; « Escroc » ?</p>')).toBe(
      `<p>Qui a dit quoi${NBSP}: les déclarations${NNBSP}; «${NBSP}Escroc${NBSP}»${NNBSP}?</p>`,
    );
  });

  it('reaches text between and around inline elements', () => {
    expect(typesetHtml('<p>Aussi écrit : « <a href="/x">Musk</a> » !</p>')).toBe(`<p>Aussi écrit${NBSP}: «${NBSP}<a href="/x">Musk</a>${NBSP}»${NNBSP}!</p>`);
  });

  it('binds a space before a tag to the punctuation after it, and a guillemet before a tag to the space after it', () => {
    expect(typesetHtml('<p>Il a répondu <mark>: » Escroc. »</mark> puis «<a href="/x"> Non</a> <em>!</em></p>')).toBe(
      `<p>Il a répondu${NBSP}<mark>:${NBSP}» Escroc.${NBSP}»</mark> puis «<a href="/x">${NBSP}Non</a>${NNBSP}<em>!</em></p>`,
    );
  });

  it('leaves tags and attributes as they are, even with a > in a value', () => {
    const html = '<a title="Passage cité : titre" aria-label="Oui : le passage" href="/?q=a : b">x</a>';
    expect(typesetHtml(html)).toBe(html);
    expect(typesetHtml('<abbr title="Musk > Altman ? Oui : non">x</abbr>')).toBe('<abbr title="Musk > Altman ? Oui : non">x</abbr>');
    expect(typesetHtml("<abbr title='a > b : c'>d : e</abbr>")).toBe(`<abbr title='a > b : c'>d${NBSP}: e</abbr>`);
  });

  it('leaves scripts, styles, code and preformatted text as they are, then goes on after them', () => {
    const html = '<script>a ? b : c</script><style>a::before { content: " : " }</style><pre>brut : texte</pre><code>x ? y : z</code><p>fin : oui</p>';
    expect(typesetHtml(html)).toBe(`<script>a ? b : c</script><style>a::before { content: " : " }</style><pre>brut : texte</pre><code>x ? y : z</code><p>fin${NBSP}: oui</p>`);
  });

  it('keeps a JSON-LD script verbatim', () => {
    const html = '<script type="application/ld+json">{"headline":"OpenAI : quel impact ?"}</script>';
    expect(typesetHtml(html)).toBe(html);
  });

  it('changes nothing the second time', () => {
    const once = typesetHtml('<p>Non merci ! « Oui » : non ; peut-être ?</p>');
    expect(typesetHtml(once)).toBe(once);
  });
});
