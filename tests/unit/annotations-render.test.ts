import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/lib/build-article.ts';
import { createEntityFinder } from '../../src/lib/find-entity-mentions.ts';
import { renderArticle, type Annotations } from '../../src/lib/render-article.ts';
import { articleBlocks, isExtra, markableText, wrapTextRange } from '../../src/lib/wrap-text-range.ts';
import { rehypeEditorNotes } from '../../src/plugins/rehype-editor-notes.ts';
import { rehypeQuoteMarks } from '../../src/plugins/rehype-quote-marks.ts';
import { rehypeQuoteSpeakers } from '../../src/plugins/rehype-quote-speakers.ts';

const mark = () => h('b') as Element;
/** Every character of the tree's text, extras included. */
const allText = (node: Root | Element): string => node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? allText(child) : '')).join('');

describe('wrapTextRange', () => {
  it('wraps a range inside one text node in one wrapper', () => {
    const p = h('p', ['Elon Musk a fait une offre']) as Element;
    expect(wrapTextRange(p, 0, 9, mark)).toHaveLength(1);
    expect(toHtml(p)).toBe('<p><b>Elon Musk</b> a fait une offre</p>');
  });

  it('wraps a range that crosses other marks in one wrapper per piece', () => {
    const p = h('p', ['Le ', h('i', ['conseil']), ' a rejeté l’offre']) as Element;
    expect(wrapTextRange(p, 3, 19, mark)).toHaveLength(2);
    expect(toHtml(p)).toBe('<p>Le <i><b>conseil</b></i><b> a rejeté</b> l’offre</p>');
  });

  it('skips data-extra elements when computing offsets, and leaves them unwrapped', () => {
    const p = h('p', ['Marc', h('sup', { dataExtra: '' }, ['1']), ' Toberoff a écrit']) as Element;
    expect(markableText(p)).toBe('Marc Toberoff a écrit');
    const wrappers = wrapTextRange(p, 0, 13, mark);
    expect(wrappers.map((wrapper) => allText(wrapper))).toEqual(['Marc', ' Toberoff']);
    expect(toHtml(p)).toBe('<p><b>Marc</b><sup data-extra="">1</sup><b> Toberoff</b> a écrit</p>');
  });

  it('keeps the text content identical, extras included, whatever the ranges', () => {
    const text = 'Sam Altman a répondu sur X : « Non merci. Mais nous pouvons racheter X pour 9,74 milliards. »';
    const p = h('p', [text.slice(0, 30), h('sup', { dataExtra: '' }, ['1']), text.slice(30)]) as Element;
    const before = allText(p);
    let seed = 3;
    for (let i = 0; i < 40; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const start = seed % text.length;
      const end = start + 1 + ((seed >> 8) % (text.length - start));
      wrapTextRange(p, start, end, mark);
      expect(markableText(p)).toBe(text);
      expect(allText(p)).toBe(before);
    }
  });

  it('takes only elements with data-extra for extras', () => {
    expect(isExtra(h('sup', { dataExtra: '' }, ['1']) as Element)).toBe(true);
    expect(isExtra(h('a', { className: ['entity'] }, ['Musk']) as Element)).toBe(false);
    expect(isExtra({ type: 'text', value: 'Musk' })).toBe(false);
  });
});

describe('articleBlocks', () => {
  it('lists the paragraphs, headings and list items with an id, in order, and nothing inside them', () => {
    const tree = h(null, [
      h('h3', { id: 'titre' }, ['Titre']),
      h('p', { id: 'p-a' }, ['A']),
      h('aside', [h('p', ['Une note'])]),
      h('ul', [h('li', { id: 'p-b' }, ['B', h('aside', [h('p', { id: 'p-dans-li' }, ['Note'])])])]),
      h('p', ['Sans id']),
    ]) as Root;
    expect(articleBlocks(tree).map((block) => block.properties.id)).toEqual(['titre', 'p-a', 'p-b']);
  });
});

describe('rehypeQuoteMarks and rehypeQuoteSpeakers', () => {
  const tree = () => h(null, [h('p', { id: 'p-x' }, ['« Non merci », dit Altman ; « Escroc », répond Musk.'])]) as Root;

  it('gives a quotation its speaker when the editors name one, by block and offsets', () => {
    const root = tree();
    rehypeQuoteMarks({
      speakerOf: (block, start, end) => (block === 'p-x' && start === 0 && end === 13 ? 'sam-altman' : undefined),
    })(root);
    expect(toHtml(root)).toBe('<p id="p-x"><span class="quotation" data-speaker="sam-altman">« Non merci »</span>, dit Altman ; <span class="quotation">« Escroc »</span>, répond Musk.</p>');
  });

  it('labels an attributed quotation with a link to its speaker, beside the words', () => {
    const root = tree();
    rehypeQuoteMarks({
      speakerOf: (_block, start) => (start === 0 ? 'sam-altman' : start === 26 ? 'inconnu' : undefined),
    })(root);
    rehypeQuoteSpeakers({
      speaker: (id) => (id === 'sam-altman' ? { name: 'Sam Altman', href: '/entites/sam-altman/' } : undefined),
    })(root);
    const html = toHtml(root);
    expect(html).toContain(
      '« Non merci »</span><a class="speaker" href="/entites/sam-altman/" data-extra="" data-pagefind-ignore=""><span class="visually-hidden"> propos attribués à </span>Sam Altman</a>, dit Altman',
    );
    // A speaker the registry does not know gets no label.
    expect(html.match(/class="speaker"/gu)).toHaveLength(1);
    expect(markableText(root.children[0] as Element)).toBe('« Non merci », dit Altman ; « Escroc », répond Musk.');
  });
});

describe('rehypeQuoteSpeakers after the entity marks', () => {
  const speaker = (id: string) => ({
    name: id === 'elon-musk' ? 'Elon Musk' : id,
    href: `/entites/${id}/`,
  });
  const label = (paragraph: Element) => {
    const root = h(null, [paragraph]) as Root;
    rehypeQuoteSpeakers({ speaker })(root);
    return toHtml(root).match(/class="speaker"/gu)?.length ?? 0;
  };

  it('leaves the label out when the text names the speaker right after the quotation', () => {
    const named = h('p', { id: 'p-x' }, [
      h('span.quotation', { dataSpeaker: 'elon-musk' }, ['« Il est temps »']),
      ', a déclaré ',
      h('a.entity', { href: '/entites/elon-musk/', dataEntity: 'elon-musk' }, ['Elon Musk']),
      '.',
    ]);
    expect(label(named)).toBe(0);
  });

  it('keeps it when the name comes later, or names someone else', () => {
    const far = h('p', { id: 'p-x' }, [
      h('span.quotation', { dataSpeaker: 'elon-musk' }, ['« Il est temps »']),
      ', selon une déclaration reprise par tous les journaux, de ',
      h('a.entity', { href: '/entites/elon-musk/', dataEntity: 'elon-musk' }, ['Elon Musk']),
    ]);
    const other = h('p', { id: 'p-x' }, [
      h('span.quotation', { dataSpeaker: 'elon-musk' }, ['« Il est temps »']),
      ', répond ',
      h('a.entity', { href: '/entites/sam-altman/', dataEntity: 'sam-altman' }, ['Sam Altman']),
    ]);
    expect(label(far)).toBe(1);
    expect(label(other)).toBe(1);
  });
});

describe('rehypeEditorNotes', () => {
  it('numbers calls and asides with the notes’ numbers and links them both ways', () => {
    const root = h(null, [h('p', { id: 'p-x' }, ['Musk a quitté OpenAI en 2019 ; funding secured.'])]) as Root;
    rehypeEditorNotes({
      notes: [
        { block: 'p-x', start: 31, end: 46, n: 2, body: 'Deux.' },
        { block: 'p-x', start: 14, end: 28, n: 1, body: 'Un.' },
      ],
    })(root);
    const html = toHtml(root);
    expect([...html.matchAll(/href="#note-(\d)" id="note-call-(\d)"/gu)].map((match) => [match[1], match[2]])).toEqual([
      ['1', '1'],
      ['2', '2'],
    ]);
    expect([...html.matchAll(/<aside class="note" id="note-(\d)"/gu)].map((match) => match[1])).toEqual(['1', '2']);
    expect([...html.matchAll(/href="#note-call-(\d)" class="note-back"/gu)].map((match) => match[1])).toEqual(['1', '2']);
    expect(markableText(root.children[0] as Element)).toBe('Musk a quitté OpenAI en 2019 ; funding secured.');
  });

  it('leaves a tree without notes as it is', () => {
    const root = h(null, [h('p', { id: 'p-x' }, ['Texte.'])]) as Root;
    rehypeEditorNotes({ notes: [] })(root);
    expect(toHtml(root)).toBe('<p id="p-x">Texte.</p>');
  });
});

describe('renderArticle', () => {
  const text = 'Altman estime que Musk n’est « pas une personne heureuse » et évoque 97,4 milliards de dollars.';
  const article: Article = {
    blocks: [{ kind: 'paragraph', id: 'p-x', text, start: 0, end: text.length }],
    removed: [],
  };
  const annotations = (overrides: Partial<Annotations> = {}): Annotations => ({
    finder: createEntityFinder([
      { id: 'sam-altman', name: 'Sam Altman', aliases: ['Altman'] },
      { id: 'elon-musk', name: 'Elon Musk', aliases: ['Musk'] },
    ]),
    entityHref: (id) => `/entites/${id}/`,
    entityName: (id) => ({ 'sam-altman': 'Sam Altman', 'elon-musk': 'Elon Musk' })[id],
    notes: [],
    speakers: [],
    published: undefined,
    ...overrides,
  });

  it('renders the article plain, with its anchors, without annotations', () => {
    expect(renderArticle(article)).not.toMatch(/class="(entity|amount|quotation|date)"/u);
    expect(renderArticle(article)).toContain('class="anchor"');
  });

  it('nests the marks: quotations outermost, then notes, dates, amounts, entities innermost', () => {
    const quote = 'Musk a dit « Altman a offert 97,4 milliards en 2019 ».';
    const single: Article = {
      blocks: [
        {
          kind: 'paragraph',
          id: 'p-y',
          text: quote,
          start: 0,
          end: quote.length,
        },
      ],
      removed: [],
    };
    const html = renderArticle(
      single,
      annotations({
        notes: [{ block: 'p-y', start: 11, end: 53, n: 1, body: 'Note.' }],
      }),
    );
    expect(html).toMatch(
      /<span class="quotation"><mark class="noted">« <a class="entity" href="\/entites\/sam-altman\/" data-entity="sam-altman">Altman<\/a> a offert <data [^>]+>97,4 milliards<\/data> <time class="date" datetime="2019">en 2019<\/time> »<\/mark><sup class="note-call"/u,
    );
  });

  it('splits a note that crosses a quotation’s boundary into two marks with one call after the last', () => {
    const start = text.indexOf('personne');
    const end = text.indexOf(' 97,4');
    const html = renderArticle(
      article,
      annotations({
        notes: [{ block: 'p-x', start, end, n: 1, body: 'Sur Bloomberg TV.' }],
      }),
    );
    expect(html.match(/<mark class="noted">/gu)).toHaveLength(2);
    expect(html.match(/class="note-call"/gu)).toHaveLength(1);
    expect(html).toMatch(/<mark class="noted"> et évoque<\/mark><sup class="note-call"/u);
  });

  it('shows who said a quotation the editors attributed', () => {
    const start = text.indexOf('«');
    const end = text.indexOf('»') + 1;
    const html = renderArticle(
      article,
      annotations({
        speakers: [{ block: 'p-x', start, end, speaker: 'sam-altman' }],
      }),
    );
    expect(html).toContain('<span class="quotation" data-speaker="sam-altman">');
    expect(html).toContain('»</span><a class="speaker" href="/entites/sam-altman/"');
  });

  it('links a name at its first mention in the article only, the later ones marked without a link', () => {
    const first = 'Musk écrit à Sam Altman.';
    const second = 'Altman répond à Elon Musk, puis à Musk.';
    const two: Article = {
      blocks: [
        { kind: 'heading', id: 'h-un', text: first, start: 0, end: first.length },
        { kind: 'paragraph', id: 'p-deux', text: second, start: first.length + 1, end: first.length + 1 + second.length },
      ],
      removed: [],
    };
    const html = renderArticle(two, annotations());
    expect(html.match(/<a class="entity"[^>]*>[^<]*<\/a>/gu)).toEqual([
      '<a class="entity" href="/entites/elon-musk/" data-entity="elon-musk">Musk</a>',
      '<a class="entity" href="/entites/sam-altman/" data-entity="sam-altman">Sam Altman</a>',
    ]);
    expect(html).toContain(
      '<span class="entity" data-entity="sam-altman">Altman</span> répond à <span class="entity" data-entity="elon-musk">Elon Musk</span>, puis à <span class="entity" data-entity="elon-musk">Musk</span>.',
    );
  });
});
