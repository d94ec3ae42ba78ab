import { describe, expect, it } from 'vitest';
import { assembleDossier, type CaptureInput } from '../../src/lib/assemble-dossier.ts';
import { decodeCapture } from '../../src/lib/decode-capture.ts';
import { DossierError } from '../../src/lib/dossier-error.ts';
import { dossierSchema, entitySchema, noteSchema, sourceSchema, speakerSchema, type EntityData } from '../../src/lib/schemas.ts';
import { errorOf } from './helpers.ts';

const CAPTURE = [
  'Le Journal',
  'Sam Altman a répondu sur X : « Non merci, mais nous pouvons racheter Twitter pour 9,74 milliards de dollars. »',
  'Musk a répliqué : « Escroc ». Le conseil hésite. Le conseil hésite.',
  'Elon Musk avait quitté OpenAI en 2018.',
  'Partager cet article',
].join('\n');

const ENTITIES: EntityData[] = [
  { id: 'sam-altman', name: 'Sam Altman', kind: 'person', aliases: ['Altman'], description: 'PDG d’OpenAI.' },
  { id: 'elon-musk', name: 'Elon Musk', kind: 'person', aliases: ['Musk', 'Elon'], description: 'Milliardaire.' },
  { id: 'openai', name: 'OpenAI', kind: 'organisation', aliases: ['Open AI'], description: 'Laboratoire d’IA.' },
  { id: 'x-twitter', name: 'X (Twitter)', kind: 'organisation', aliases: ['X', 'Twitter'], description: 'Réseau social.' },
].map((entity) => entitySchema.parse(entity));

const capture = (text: string): CaptureInput => ({ id: 'alpha.txt', ...decodeCapture(new TextEncoder().encode(text), 'content/sources/alpha.txt') });

/** One source, alpha, with the notes and speakers given, and the registry given. */
function assemble(annotations: { notes?: unknown[]; speakers?: unknown[] } = {}, entities: readonly EntityData[] = ENTITIES) {
  const data = sourceSchema.parse({
    capture: 'alpha.txt',
    title: 'Article alpha',
    outlet: 'Le Journal',
    language: 'fr',
    published: { date: '2025-02-11', precision: 'day', basis: 'stated' },
    removed: [
      { kind: 'title', quote: 'Le Journal' },
      { kind: 'share', quote: 'Partager cet article' },
    ],
    ...annotations,
  });
  return assembleDossier({
    sources: [{ id: 'alpha', data }],
    captures: [capture(CAPTURE)],
    events: [],
    dossier: dossierSchema.parse({
      title: 'Le dossier',
      description: 'Une phrase.',
      lede: ['Une.', 'Deux.', 'Trois.'].map((text) => ({ text, citations: [{ source: 'alpha', quote: 'Escroc' }] })),
    }),
    entities,
  });
}

const note = (quote: string, extra: object = {}) => noteSchema.parse({ quote, body: 'Une note.', ...extra });
const speaker = (quote: string, id: string, extra: object = {}) => speakerSchema.parse({ quote, speaker: id, ...extra });

describe('assembleDossier: notes', () => {
  it('numbers notes in reading order, whatever their order in the frontmatter', () => {
    const source = assemble({ notes: [note('en 2018', { body: 'Trois.' }), note('Escroc', { body: 'Deux.' }), note('Non merci', { body: 'Un.' })] }).sources[0]!;
    expect(source.notes.map(({ n, body }) => [n, body])).toEqual([
      [1, 'Un.'],
      [2, 'Deux.'],
      [3, 'Trois.'],
    ]);
    for (const anchored of source.notes) {
      const block = source.article.blocks.find((candidate) => candidate.id === anchored.block)!;
      expect(['Non merci', 'Escroc', 'en 2018']).toContain(block.text.slice(anchored.start, anchored.end));
    }
  });

  it('picks one of a repeated passage by its prefix', () => {
    const source = assemble({ notes: [note('Le conseil hésite.', { prefix: 'hésite. ' })] }).sources[0]!;
    const block = source.article.blocks.find((candidate) => candidate.id === source.notes[0]!.block)!;
    expect(source.notes[0]!.start).toBe(block.text.lastIndexOf('Le conseil hésite.'));
  });

  it('says a note’s quote is not in the capture, with the closest passage', () => {
    expect(() => assemble({ notes: [note('Non merci, mais nous rachèterons Twitter')] })).toThrowErrorMatchingInlineSnapshot(`[DossierError: content/sources/alpha.mdx: notes[0].quote "Non merci, mais nous rachèterons Twitter" is not in alpha.txt. Closest passage: "Non merci, mais nous pouvons racheter Twitter". After "Non merci, mais nous", the quote has "rachèterons" where the capture has "pouvons racheter". Hint: copy the text exactly from the capture (apostrophes ’ and ' differ; spacing does not matter).]`);
  });

  it('says a note’s quote stands several times, and how to pick one', () => {
    expect(() => assemble({ notes: [note('Le conseil hésite.')] })).toThrowErrorMatchingInlineSnapshot(`[DossierError: content/sources/alpha.mdx: notes[0].quote "Le conseil hésite." is in alpha.txt 2 times: (1) "…a répliqué : « Escroc ». [Le conseil hésite.] Le conseil hésite. Elon Musk…" (2) "…Escroc ». Le conseil hésite. [Le conseil hésite.] Elon Musk avait quitté…". Hint: quote a longer passage, or add prefix: or suffix: with the words right before or after the one you mean.]`);
  });

  it('says a note’s quote is in a removed part', () => {
    expect(() => assemble({ notes: [note('Partager cet article')] })).toThrowErrorMatchingInlineSnapshot(`[DossierError: content/sources/alpha.mdx: notes[0].quote "Partager cet article" is in a part removed from the article (share). Hint: anchor it to the article text, or stop removing that part.]`);
  });

  it('says which removed part a note’s quote is in, as it does for citations', () => {
    expect(errorOf(() => assemble({ notes: [note('Partager cet article')] }))).toContain('(share)');
  });

  it('says a note’s quote runs over two paragraphs', () => {
    expect(() => assemble({ notes: [note('Le conseil hésite. Elon Musk avait quitté')] })).toThrowErrorMatchingInlineSnapshot(`[DossierError: content/sources/alpha.mdx: notes[0].quote "Le conseil hésite. Elon Musk avait quitté" is not within one paragraph of the article text. Hint: anchor it to a passage of one paragraph.]`);
  });

  it('says a prefix that matches nothing is the problem, not the quote', () => {
    expect(() => assemble({ notes: [note('Le conseil hésite.', { prefix: 'Altman : ' })] })).toThrowErrorMatchingInlineSnapshot(`[DossierError: content/sources/alpha.mdx: notes[0].quote "Le conseil hésite." is in alpha.txt, but not with the prefix/suffix given. Hint: copy prefix and suffix exactly from the text right before and after the passage.]`);
  });
});

describe('assembleDossier: speakers', () => {
  it('makes one version of two attributions that land on one quotation, not a repeat of it', () => {
    const dossier = assemble({ speakers: [speaker('Non merci', 'sam-altman'), speaker('racheter Twitter', 'sam-altman')] });
    const statement = dossier.statements.find((candidate) => candidate.variants[0]!.quote.startsWith('Non merci'))!;
    expect(statement.variants).toHaveLength(1);
    expect(statement.variants[0]!.repeatedIn).toBeUndefined();
  });

  it('attributes the whole quotation, marks included, to the speaker', () => {
    const source = assemble({ speakers: [speaker('Escroc', 'elon-musk'), speaker('mais nous pouvons racheter Twitter', 'sam-altman')] }).sources[0]!;
    const quoted = source.speakers.map((attribution) => {
      const block = source.article.blocks.find((candidate) => candidate.id === attribution.block)!;
      return [attribution.speaker, block.text.slice(attribution.start, attribution.end)];
    });
    expect(quoted).toEqual([
      ['elon-musk', '« Escroc »'],
      ['sam-altman', '« Non merci, mais nous pouvons racheter Twitter pour 9,74 milliards de dollars. »'],
    ]);
  });

  it('says a speaker is not in the registry', () => {
    expect(() => assemble({ speakers: [speaker('Escroc', 'elon-muks')] })).toThrowErrorMatchingInlineSnapshot(`[DossierError: content/sources/alpha.mdx: speakers[0].speaker "elon-muks" is not in the entity registry. Hint: use an existing id (closest: elon-musk, openai, x-twitter) or add it to entities.yaml.]`);
  });

  it('says a speaker is not in the registry when there is no registry', () => {
    expect(errorOf(() => assemble({ speakers: [speaker('Escroc', 'elon-musk')] }, []))).toContain('speakers[0].speaker "elon-musk" is not in the entity registry.');
  });

  it('says a speaker’s quote is not inside quotation marks', () => {
    expect(() => assemble({ speakers: [speaker('a répliqué', 'elon-musk')] })).toThrowErrorMatchingInlineSnapshot(`[DossierError: content/sources/alpha.mdx: speakers[0].quote "a répliqué" is not inside quotation marks (« », “ ” or ""). Hint: quote words of the quotation itself.]`);
  });

  it('says a speaker’s quote that straddles a quotation mark is not inside it', () => {
    expect(() => assemble({ speakers: [speaker('répliqué : « Escroc', 'elon-musk')] })).toThrowErrorMatchingInlineSnapshot(`[DossierError: content/sources/alpha.mdx: speakers[0].quote "répliqué : « Escroc" is not inside quotation marks (« », “ ” or ""). Hint: quote words of the quotation itself.]`);
  });

  it('says a speaker’s quote is not in the capture', () => {
    expect(() => assemble({ speakers: [speaker('Arnaqueur', 'elon-musk')] })).toThrowErrorMatchingInlineSnapshot(`[DossierError: content/sources/alpha.mdx: speakers[0].quote "Arnaqueur" is not in alpha.txt. Hint: copy the text exactly from the capture (apostrophes ’ and ' differ; spacing does not matter).]`);
  });

  it('reports every problem of the file at once, against the source’s .mdx', () => {
    let error: unknown;
    try {
      assemble({ notes: [note('Partager'), note('Absent ici')], speakers: [speaker('Escroc', 'nobody'), speaker('hésite', 'elon-musk', { prefix: 'Escroc ». Le conseil ' })] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DossierError);
    expect((error as DossierError).file).toBe('content/sources/alpha.mdx');
    expect((error as DossierError).message).toMatchInlineSnapshot(`
      "content/sources/alpha.mdx: notes[0].quote "Partager" is in a part removed from the article (share). Hint: anchor it to the article text, or stop removing that part.
      content/sources/alpha.mdx: notes[1].quote "Absent ici" is not in alpha.txt. Hint: copy the text exactly from the capture (apostrophes ’ and ' differ; spacing does not matter).
      content/sources/alpha.mdx: speakers[0].speaker "nobody" is not in the entity registry. Hint: use an existing id (closest: openai, elon-musk, x-twitter) or add it to entities.yaml.
      content/sources/alpha.mdx: speakers[1].quote "hésite" is not inside quotation marks (« », “ ” or ""). Hint: quote words of the quotation itself."
    `);
  });
});

describe('assembleDossier: the registry', () => {
  it('says the same alias is on two entities', () => {
    const twice = [...ENTITIES, entitySchema.parse({ id: 'elon', name: 'Elon', kind: 'person', aliases: ['Musk'], description: 'Un doublon.' })];
    expect(() => assemble({}, twice)).toThrowErrorMatchingInlineSnapshot(`
      [DossierError: content/entities.yaml: entity "elon": the name "Elon" is also a name of "elon-musk". Hint: keep it on one entity only.
      content/entities.yaml: entity "elon": the name "Musk" is also a name of "elon-musk". Hint: keep it on one entity only.]
    `);
  });

  it('says an entity’s name is another entity’s alias', () => {
    const clash = [...ENTITIES, entitySchema.parse({ id: 'twitter', name: 'Twitter', kind: 'organisation', aliases: [], description: 'L’ancien nom.' })];
    expect(() => assemble({}, clash)).toThrowErrorMatchingInlineSnapshot(`[DossierError: content/entities.yaml: entity "twitter": the name "Twitter" is also a name of "x-twitter". Hint: keep it on one entity only.]`);
  });

  it('says an entity id is used twice', () => {
    const twice = [...ENTITIES, entitySchema.parse({ id: 'openai', name: 'OpenAI Inc.', kind: 'organisation', aliases: [], description: 'Un doublon.' })];
    expect(() => assemble({}, twice)).toThrowErrorMatchingInlineSnapshot(`[DossierError: content/entities.yaml: entity "openai": id is used twice. Hint: give each entity its own id.]`);
  });

  it('accepts names that differ only by case on two entities, as matching is case-sensitive', () => {
    const cased = [...ENTITIES, entitySchema.parse({ id: 'x-lower', name: 'x', kind: 'product', aliases: [], description: 'Une lettre.' })];
    expect(() => assemble({}, cased)).not.toThrow();
  });

  it('counts the mentions of each entity in the article, removed parts left out', () => {
    const dossier = assemble();
    const mentions = Object.fromEntries(dossier.entities.map((entity) => [entity.id, entity.mentions.map((mention) => mention.exact)]));
    expect(mentions).toEqual({
      'sam-altman': ['Sam Altman'],
      'elon-musk': ['Musk', 'Elon Musk'],
      openai: ['OpenAI'],
      'x-twitter': ['X', 'Twitter'],
    });
  });
});
