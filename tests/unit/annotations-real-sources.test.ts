import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { assembleDossier, type Dossier, type Source } from '../../src/lib/assemble-dossier.ts';
import { decodeCapture } from '../../src/lib/decode-capture.ts';
import { findQuotations } from '../../src/lib/find-quotations.ts';
import { sourceDocument } from '../../src/lib/open-data.ts';
import { renderArticle } from '../../src/lib/render-article.ts';
import { dossierSchema, entitySchema, eventSchema, sourceSchema } from '../../src/lib/schemas.ts';
import { BLOCK_SEPARATOR, sourceAnnotations, type SourceAnnotation } from '../../src/lib/source-annotations.ts';
import { frenchSpacing, typesetHtml } from '../../src/lib/typeset-html.ts';
import { frontmatter, ROOT, SOURCES } from './helpers.ts';

/** The dossier as the site assembles it from content/: every source, the registry, the notes and speakers. */
function loadDossier(): Dossier {
  const names = readdirSync(SOURCES).sort();
  const yaml = (file: string) => parseYaml(readFileSync(`${ROOT}content/${file}`, 'utf8')) as unknown;
  return assembleDossier({
    sources: names
      .filter((name: string) => name.endsWith('.mdx'))
      .map((name: string) => ({
        id: name.slice(0, -'.mdx'.length),
        data: sourceSchema.parse(frontmatter(readFileSync(`${SOURCES}/${name}`, 'utf8'))),
      })),
    captures: names
      .filter((name: string) => name.endsWith('.txt'))
      .map((name: string) => ({
        id: name,
        ...decodeCapture(readFileSync(`${SOURCES}/${name}`), `${SOURCES}/${name}`),
      })),
    events: (yaml('timeline.yaml') as unknown[]).map((event) => eventSchema.parse(event)),
    dossier: dossierSchema.parse(yaml('dossier.yaml')),
    entities: (yaml('entities.yaml') as unknown[]).map((entity) => entitySchema.parse(entity)),
  });
}

const ENTITY_REFERENCE = /&#x([0-9a-f]+);|&#(\d+);|&(amp|lt|gt|quot);/giu;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr']);

/**
 * The text of each block of rendered HTML (`p`, `h3`, `li` with an id), the
 * elements marked `data-extra` (note calls and notes, speakers, anchors) left
 * out. A small reader of the serialiser's output, not a general HTML parser.
 */
function blockTexts(html: string): { id: string; text: string }[] {
  const blocks: { id: string; text: string }[] = [];
  const stack: {
    tag: string;
    extra: boolean;
    block?: { id: string; text: string };
  }[] = [];
  for (const token of html.matchAll(/<(\/?)([a-z][a-z0-9]*)([^>]*)>|([^<]+)/gu)) {
    const [, closing, tag, attributes, text] = token;
    if (text !== undefined) {
      if (stack.some((open) => open.extra)) continue;
      const block = stack.findLast((open) => open.block)?.block;
      if (block)
        block.text += text.replace(ENTITY_REFERENCE, (_, hex, dec, name) => (hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : NAMED[name.toLowerCase()]!));
      continue;
    }
    if (closing) {
      expect(stack.pop()?.tag, `closing </${tag}>`).toBe(tag);
      continue;
    }
    if (VOID.has(tag!)) continue;
    const id = /\sid="([^"]+)"/u.exec(attributes!)?.[1];
    const block = id && ['p', 'h3', 'li'].includes(tag!) ? { id, text: '' } : undefined;
    if (block) blocks.push(block);
    stack.push({
      tag: tag!,
      extra: /\sdata-extra(=|\s|$)/u.test(attributes!),
      ...(block ? { block } : {}),
    });
  }
  expect(stack).toEqual([]);
  return blocks;
}

const dossier = loadDossier();
const names = new Map(dossier.entities.map((entity) => [entity.id, entity]));
/** The article as its page shows it: annotated, then spaced the French way with the rest of the page. */
const render = (source: Source) =>
  typesetHtml(
    renderArticle(source.article, {
      finder: dossier.finder,
      entityHref: (id) => `/entites/${id}/`,
      entityName: (id) => names.get(id)?.name,
      notes: source.notes,
      speakers: source.speakers,
      published: source.published,
    }),
  );
const source = (id: string) => dossier.sources.find((candidate) => candidate.id === id)!;

describe('the real sources, annotated', () => {
  it('are five, with notes and speakers', () => {
    expect(dossier.sources).toHaveLength(5);
    expect(dossier.sources.some((candidate) => candidate.notes.length > 0)).toBe(true);
    expect(dossier.sources.some((candidate) => candidate.speakers.length > 0)).toBe(true);
  });

  describe.each(dossier.sources.map((candidate) => candidate.id))('%s', (id) => {
    const src = source(id);
    const html = render(src);
    const rendered = blockTexts(html);

    it('renders every block once, in order', () => {
      expect(rendered.map((block) => block.id)).toEqual(src.article.blocks.map((block) => block.id));
    });

    it('marks do not change the words: each block’s text, extras left out, is the capture’s', () => {
      src.article.blocks.forEach((block, i) => {
        // The anchor plugin puts one ordinary space between the words and the ¶.
        const words = rendered[i]!.text.replace(/ $/u, '');
        // French spacing works text node by text node: a space the capture puts just outside a
        // slip mark (`« Stargate« ,`, `: » Escroc`) sits in the node next to the quotation's and is
        // left as typed there, since the rule that binds it needs the mark beside it.
        const expected = [...frenchSpacing(block.text)];
        for (const quotation of findQuotations(block.text)) for (const at of [quotation.start - 1, quotation.end]) if (words[at] === ' ') expected[at] = ' ';
        expect(words, block.id).toBe(expected.join(''));
        // French spacing only turns spaces into no-break ones: every other character is the capture's.
        expect(words.length, block.id).toBe(block.text.length);
        for (let at = 0; at < words.length; at++) {
          if (words[at] !== block.text[at]) expect([block.text[at], words[at]], `${block.id} at ${at}`).toEqual([' ', expect.stringMatching(/^[\u00A0\u202F]$/u)]);
        }
      });
    });

    it('calls every note once and shows every attributed quotation’s speaker, unless the text names them right after', () => {
      expect(html.match(/class="note-call"/gu) ?? []).toHaveLength(src.notes.length);
      expect(html.match(/<aside class="note"/gu) ?? []).toHaveLength(src.notes.length);
      // « », a déclaré Elon Musk »: the name follows within 40 characters, so no label repeats it.
      const namedAfter = src.speakers.filter((quote) => {
        const text = src.article.blocks.find((block) => block.id === quote.block)!.text;
        return dossier.finder.find(text.slice(quote.end)).some((mention) => mention.entity === quote.speaker && mention.start <= 40);
      });
      expect(html.match(/class="speaker"/gu) ?? []).toHaveLength(src.speakers.length - namedAfter.length);
      const quotations = src.article.blocks.reduce((count, block) => count + findQuotations(block.text).length, 0);
      expect(html.match(/class="quotation"/gu) ?? []).toHaveLength(quotations);
    });

    it('links each name once, at its first mention, and keeps every mention marked with its entity', () => {
      const marks = [...html.matchAll(/<(a|span) class="entity"[^>]*data-entity="([^"]+)"/gu)].map(([, tag, entity]) => ({ tag, entity }));
      const mentions = src.article.blocks.flatMap((block) => dossier.finder.find(block.text).map((mention) => mention.entity));
      expect(marks.map((mark) => mark.entity)).toEqual(mentions);
      expect(marks.filter((mark) => mark.tag === 'a').map((mark) => mark.entity)).toEqual([...new Set(mentions)]);
    });

    const document = sourceDocument(src);
    const annotations = sourceAnnotations(src);

    it('publishes the blocks joined by a blank line as the open-data text', () => {
      expect(document.text).toBe(src.article.blocks.map((block) => block.text).join(BLOCK_SEPARATOR));
      expect(document.annotations).toEqual(annotations);
    });

    it('names every entity the finder finds in each block, found once for the dossier', () => {
      const entities = annotations.filter((annotation) => annotation.type === 'entity').map((annotation) => `${annotation.exact}→${annotation.entity}`);
      const found = src.article.blocks.flatMap((block) => dossier.finder.find(block.text).map((mention) => `${mention.exact}→${mention.entity}`));
      expect(entities.length).toBeGreaterThan(0);
      expect(entities.sort()).toEqual(found.sort());
    });

    it('gives every annotation offsets into the open-data text that slice back to its exact words', () => {
      expect(annotations.length).toBeGreaterThan(0);
      for (const annotation of annotations) {
        expect(document.text.slice(annotation.start, annotation.end), JSON.stringify(annotation)).toBe(annotation.exact);
        expect(annotation.exact.length).toBeGreaterThan(0);
        expect(annotation.exact).not.toContain(BLOCK_SEPARATOR);
      }
    });

    it('lists annotations in reading order, the longer first where two start together', () => {
      for (let i = 1; i < annotations.length; i++) {
        const [a, b] = [annotations[i - 1]!, annotations[i]!];
        expect(a.start < b.start || (a.start === b.start && a.end >= b.end), `${a.exact} / ${b.exact}`).toBe(true);
      }
    });

    it('gives each annotation its type’s fields, with values the registry and the editors gave', () => {
      const byType = (type: SourceAnnotation['type']) => annotations.filter((annotation) => annotation.type === type);
      for (const annotation of annotations) {
        switch (annotation.type) {
          case 'entity': {
            const entity = names.get(annotation.entity);
            expect(entity, annotation.entity).toBeDefined();
            expect([entity!.name, ...entity!.aliases]).toContain(annotation.exact);
            break;
          }
          case 'amount':
            expect(Number.isSafeInteger(annotation.value) && annotation.value > 0, annotation.exact).toBe(true);
            expect(['USD', 'EUR', null]).toContain(annotation.currency);
            break;
          case 'date':
            if (annotation.date !== null) expect(annotation.date).toMatch(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/u);
            break;
          case 'quote':
            // « … « and » … » are the slips findQuotations reads as quotations (« Stargate«, » Escroc. »).
            expect(annotation.exact).toMatch(/^(«[^]*[»«]|»[^]*»|“[^]*”|"[^]*")$/u);
            if (annotation.speaker !== null) expect(names.has(annotation.speaker), annotation.speaker).toBe(true);
            break;
          case 'note':
            expect(annotation.body.trim().length).toBeGreaterThan(0);
            break;
          default:
            throw new Error(`unknown annotation type in ${JSON.stringify(annotation)}`);
        }
      }
      expect(byType('note').map((note) => note.type === 'note' && note.n)).toEqual(src.notes.map((_, i) => i + 1));
      expect(byType('quote').filter((quote) => quote.type === 'quote' && quote.speaker !== null)).toHaveLength(src.speakers.length);
      expect(byType('entity').length).toBe(dossier.entities.reduce((count, entity) => count + entity.mentions.filter((mention) => mention.source === id).length, 0));
    });
  });

  const annotationsOf = (id: string) => sourceAnnotations(source(id));

  it('does not give « ce lundi » a day in Le Tech Observateur, whose own day is unknown (February 2025)', () => {
    expect(source('letechobservateur-offre-musk-openai').published).toMatchObject({ date: '2025-02', precision: 'month' });
    for (const annotation of annotationsOf('letechobservateur-offre-musk-openai').filter((a) => a.type === 'date' && a.exact === 'ce lundi')) {
      expect(annotation).toMatchObject({ date: null });
    }
  });

  it('reads « en décembre » in Le Courrier des Stratèges (February 2025) as 2024-12', () => {
    expect(annotationsOf('courrier-strateges-musk-altman').filter((a) => a.type === 'date' && a.exact === 'en décembre')).toEqual([expect.objectContaining({ type: 'date', date: '2024-12' })]);
  });

  it('takes « Stargate« , « syndrome du fondateur« and » Escroc. » for quotations, their slipped marks included', () => {
    const quotes = (id: string) => annotationsOf(id).flatMap((a) => (a.type === 'quote' ? [a.exact] : []));
    expect(quotes('courrier-strateges-musk-altman')).toEqual(expect.arrayContaining(['« Stargate«', '« syndrome du fondateur«']));
    expect(annotationsOf('thefrenchbot-musk-rachat-openai').filter((a) => a.type === 'quote' && a.exact.includes('Escroc'))).toEqual([
      expect.objectContaining({ exact: '» Escroc. »', speaker: 'elon-musk' }),
    ]);
  });

  it('finds X (anciennement Twitter) as one mention of X', () => {
    expect(annotationsOf('letechobservateur-offre-musk-openai').filter((a) => a.type === 'entity' && a.exact.startsWith('X ('))).toEqual([
      expect.objectContaining({
        entity: 'x-twitter',
        exact: 'X (anciennement Twitter)',
      }),
    ]);
  });
});

describe('the registry’s mentions and events', () => {
  const blocks = new Map(dossier.sources.flatMap((candidate) => candidate.article.blocks.map((block) => [`${candidate.id}#${block.id}`, block.text])));

  it('lands every mention on its block, with the entity’s name or alias', () => {
    for (const entity of dossier.entities) {
      for (const mention of entity.mentions) {
        expect(blocks.get(`${mention.source}#${mention.block}`)?.slice(mention.start, mention.end), `${entity.id} in ${mention.source}`).toBe(mention.exact);
        expect([entity.name, ...entity.aliases]).toContain(mention.exact);
      }
    }
  });

  it('orders each entity’s mentions by publication, then reading order', () => {
    const order = new Map(dossier.sources.map((candidate, i) => [candidate.id, i]));
    for (const entity of dossier.entities) {
      const keys = entity.mentions.map((mention) => order.get(mention.source)!);
      expect(keys, entity.id).toEqual([...keys].sort((a, b) => a - b));
    }
  });

  it('lists for an entity the events that name it, in timeline order', () => {
    const openai = dossier.entities.find((entity) => entity.id === 'openai')!;
    expect(openai.events).toContain('fondation-openai');
    const order = dossier.events.map((event) => event.id);
    expect(openai.events).toEqual(order.filter((id) => openai.events.includes(id)));
  });

  it('lists an event for an entity only when the event’s title or summary names it, not a passage it cites', () => {
    for (const entity of dossier.entities) {
      for (const id of entity.events) {
        const event = dossier.events.find((candidate) => candidate.id === id)!;
        expect(
          dossier.finder.find(`${event.title}\n${event.summary}`).map((mention) => mention.entity),
          `${entity.id} in ${id}`,
        ).toContain(entity.id);
      }
    }
    // « et critiqué le projet Stargate », in a passage cited for the launch of xAI, names Stargate.
    const xai = dossier.events.find((event) => event.id === 'fondation-xai')!;
    expect(xai.citations.some((citation) => citation.quote.includes('Stargate'))).toBe(true);
    expect(dossier.entities.find((entity) => entity.id === 'stargate')!.events).not.toContain('fondation-xai');
  });
});
