import { readFileSync, readdirSync } from 'node:fs';
import type { Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { articleToHast } from '../../src/lib/article-to-hast.ts';
import { buildArticle } from '../../src/lib/build-article.ts';
import { renderArticle, renderTitle } from '../../src/lib/render-article.ts';
import { rehypeBlockAnchors } from '../../src/plugins/rehype-block-anchors.ts';
import { frenchSpacing, typesetHtml } from '../../src/lib/typeset-html.ts';
import { editing, OPTIONS } from './helpers.ts';

const NBSP = '\u00A0';
const NNBSP = '\u202F';
const visible = (text: string) => text.replaceAll(NBSP, '⍽').replaceAll(NNBSP, '·');

describe('renderArticle with hostile text', () => {
  const capture = [
    '<script>alert(1)</script>',
    'Un paragraphe ordinaire, pour que la ligne d’avant ne soit pas seule.',
    '<img src=x onerror=alert(1)>',
    '{x} et {console.log("mdx")}',
    'import x from "y"',
    'export const a = 1',
    '<!-- commentaire --> & &amp; </p><p>',
  ].join('\n');
  const html = renderArticle(buildArticle(capture, editing(), OPTIONS));

  it('escapes markup in the capture so it shows as text', () => {
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>');
    expect(html).toContain('&#x3C;!-- commentaire -->');
    expect(html).toContain('&#x26;amp;');
  });

  it('never produces a real script, img or comment', () => {
    expect(html).not.toMatch(/<script|<img|<!--/iu);
    expect(html.match(/<p[ >]/gu)?.length).toBe(html.match(/<\/p>/gu)?.length);
  });

  it('keeps braces and import or export lines as plain text', () => {
    expect(html).toContain('{x} et {console.log("mdx")}');
    // Whether the heuristic makes them headings or paragraphs, they are text.
    expect(html).toMatch(/<(p|h3) id="[a-z0-9-]+">import x from "y" <a /u);
    expect(html).toMatch(/<(p|h3) id="[a-z0-9-]+">export const a = 1 <a /u);
  });

  it('keeps every block’s text, the spaces French typography binds aside', () => {
    const text = html.replace(/<a [^>]*>¶<\/a>/gu, '').replace(/<[^>]+>/gu, '\n');
    const decoded = text
      .replaceAll('&#x3C;', '<')
      .replaceAll('&#x26;', '&')
      .replace(/[\u00A0\u202F]/gu, ' ');
    for (const line of capture.split('\n')) expect(decoded).toContain(line);
  });
});

describe('articleToHast', () => {
  const article = buildArticle('Les scénarios\n• Un rachat.\n• Un refus.\nUn paragraphe, entre deux listes.\n- Une négociation.', editing(), OPTIONS);

  it('makes headings h3 (the page’s « Texte de l’article » is h2), paragraphs p and each run of items one ul', () => {
    expect(toHtml(articleToHast(article))).toBe(
      '<h3 id="les-scenarios">Les scénarios</h3>' +
        '<ul><li id="p-un-rachat">Un rachat.</li><li id="p-un-refus">Un refus.</li></ul>' +
        '<p id="p-un-paragraphe-entre-deux-listes">Un paragraphe, entre deux listes.</p>' +
        '<ul><li id="p-une-negociation">Une négociation.</li></ul>',
    );
  });

  it('puts the text in as text nodes only', () => {
    const tree = articleToHast(buildArticle('<b>gras</b>', editing(), OPTIONS));
    expect(tree.children).toEqual([
      {
        type: 'element',
        tagName: 'p',
        properties: { id: 'p-b-gras-b' },
        children: [{ type: 'text', value: '<b>gras</b>' }],
      },
    ]);
  });
});

describe('frenchSpacing', () => {
  it('binds guillemets, colons, semicolons, exclamation and question marks to their words', () => {
    expect(visible(frenchSpacing('Il dit : « Non merci ! » Vraiment ? Oui ; non.'))).toBe('Il dit⍽: «⍽Non merci·!⍽» Vraiment·? Oui·; non.');
  });

  it('uses a no-break space for guillemets and colons and a narrow one for ; ! ?', () => {
    expect(frenchSpacing('« a »')).toBe(`«${NBSP}a${NBSP}»`);
    expect(frenchSpacing('a :')).toBe(`a${NBSP}:`);
    expect(frenchSpacing('a ; b ! c ?')).toBe(`a${NNBSP}; b${NNBSP}! c${NNBSP}?`);
  });

  it('adds no space where there is none', () => {
    for (const text of ['Ukraine?', 'analyse:', '«Non»', 'https://exemple.fr/?q=1;2!', 'Stargate« ,']) {
      expect(frenchSpacing(text).length, text).toBe(text.length);
      expect(frenchSpacing(text).replace(/[\u00A0\u202F]/gu, ' '), text).toBe(text);
    }
    expect(frenchSpacing('Ukraine?')).toBe('Ukraine?');
  });

  it('only changes the kind of spaces, never adds or removes a character', () => {
    const samples = [
      'Sam Altman a répliqué : « Non merci, mais nous pouvons racheter Twitter pour 9,74 milliards de dollars si vous le souhaitez. »',
      'Musk a répondu brièvement : » Escroc. »',
      'Mais pourquoi un tel montant ? Coup de génie ou coup de poker ?  ! ;',
      '« Stargate« , doté d’un budget colossal',
    ];
    for (const text of samples) {
      const spaced = frenchSpacing(text);
      expect(spaced.length).toBe(text.length);
      expect(spaced.replace(/[\u00A0\u202F]/gu, ' ')).toBe(text);
      expect(spaced).not.toMatch(/ [:;!?»]|« /u);
    }
  });

  it('gives what the four rules applied one after the other give, on every capture and on overlapping marks', () => {
    const rules = (text: string) => text.replace(/« /gu, `«${NBSP}`).replace(/ »/gu, `${NBSP}»`).replace(/ :/gu, `${NBSP}:`).replace(/ ([;!?])/gu, `${NNBSP}$1`);
    const captures = readdirSync('content/sources').filter((name) => name.endsWith('.txt')).map((name) => readFileSync(`content/sources/${name}`, 'utf8'));
    for (const text of [...captures, '« »', '« ;', 'a : » b', 'x  :', '«  a  »', ' ; ; !? ', '« « » »', 'rien à lier']) expect(frenchSpacing(text)).toBe(rules(text));
  });

  it('leaves no-break spaces already there as they are', () => {
    const text = `«${NBSP}Non merci${NNBSP}!${NBSP}»`;
    expect(frenchSpacing(text)).toBe(text);
  });
});

describe('rehypeBlockAnchors', () => {
  const run = (tree: Root, options?: Parameters<typeof rehypeBlockAnchors>[0]) => toHtml(unified().use(rehypeBlockAnchors, options).runSync(tree) as Root);

  it('gives every paragraph, heading and list item with an id a self-link, out of the Tab order', () => {
    expect(run(h(null, [h('h3', { id: 'titre' }, ['Titre']), h('p', { id: 'p-x' }, ['Texte.']), h('ul', [h('li', { id: 'p-y' }, ['Item.'])])]))).toBe(
      '<h3 id="titre">Titre <a class="anchor" href="#titre" aria-label="Lien vers ce passage" tabindex="-1" data-pagefind-ignore="" data-extra="">¶</a></h3>' +
        '<p id="p-x">Texte. <a class="anchor" href="#p-x" aria-label="Lien vers ce passage" tabindex="-1" data-pagefind-ignore="" data-extra="">¶</a></p>' +
        '<ul><li id="p-y">Item. <a class="anchor" href="#p-y" aria-label="Lien vers ce passage" tabindex="-1" data-pagefind-ignore="" data-extra="">¶</a></li></ul>',
    );
  });

  it('leaves elements without an id, and other elements, alone', () => {
    const tree = h(null, [h('p', ['Sans id.']), h('h2', { id: 'h2' }, ['Titre 2']), h('div', { id: 'd' }, ['Bloc'])]);
    expect(run(tree)).toBe('<p>Sans id.</p><h2 id="h2">Titre 2</h2><div id="d">Bloc</div>');
  });

  it('names each anchor with the label given', () => {
    expect(
      run(h(null, [h('p', { id: 'p-x' }, ['Texte.'])]), {
        label: (id) => `Lien vers ${id}`,
      }),
    ).toContain('aria-label="Lien vers p-x"');
  });

  it('adds one anchor per block in a rendered article, after the text (which the page spaces the French way)', () => {
    const html = typesetHtml(renderArticle(buildArticle('Un refus net\nLe conseil a rejeté l’offre : « non ».', editing(), OPTIONS)));
    expect(html.match(/class="anchor"/gu)).toHaveLength(2);
    expect(visible(html)).toContain('l’offre⍽: «⍽non⍽». <a class="anchor" href="#p-le-conseil-a-rejete-l"');
  });
});

describe('renderTitle', () => {
  const published = { date: '2025-02-11', precision: 'day' } as const;

  it('marks a sum of money in a title with its value; the page spaces it the French way', () => {
    const html = typesetHtml(renderTitle('Elon Musk offre 97,4 milliards $ pour OpenAI : Sam Altman ironise', published));
    expect(html).toMatch(/^Elon Musk offre <data class="amount" value="97400000000" data-currency="USD" data-tip="97\u202F400\u202F000\u202F000 dollars">97,4 milliards \$<\/data> pour OpenAI/u);
    // Not a Tab stop, and no native tooltip over the next line: the page shows data-tip.
    expect(html).not.toMatch(/tabindex|title=/u);
    expect(html).toContain(`OpenAI${NBSP}: Sam Altman ironise`);
    expect(html).not.toContain('<a');
  });

  it('keeps hostile text as text', () => {
    expect(renderTitle('<img src=x onerror=alert(1)> {x}', published)).toBe('&#x3C;img src=x onerror=alert(1)> {x}');
  });
});
