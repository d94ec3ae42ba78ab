import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { dossierSchema, entitySchema, eventSchema, precisionOf, sourceSchema } from '../../src/lib/schemas.ts';

/** What an editor reads in a failed build: the field, then the message. */
function problems(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  if (result.success) throw new Error(`expected ${JSON.stringify(value)} to be rejected`);
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const source = {
  capture: 'x.txt',
  title: 'Elon Musk offre 97,4 milliards $ pour OpenAI',
  outlet: 'Sciencepost',
  language: 'fr',
  published: { date: '2025-02-10', precision: 'day', basis: 'stated' },
};
const withPublished = (published: Record<string, unknown>) => ({ ...source, published: { ...source.published, ...published } });
const withRemoved = (...removed: unknown[]) => ({ ...source, removed });

const citation = { source: 'sciencepost-consortium-musk-openai', quote: 'Lundi 10 février 2025' };
const event = { id: 'offre-de-rachat', date: '2025-02-10', title: 'Offre de rachat', summary: 'Une phrase.', citations: [citation] };
const sentence = { text: 'Une phrase du chapeau.', citations: [citation] };

describe('sourceSchema', () => {
  it('accepts a minimal source and fills in the defaults', () => {
    expect(sourceSchema.parse(source)).toEqual({
      ...source,
      titleBasis: 'stated',
      author: null,
      url: null,
      removed: [],
      structure: { headings: [], paragraphs: [], breaks: [] },
      notes: [],
      speakers: [],
      unchecked: [],
    });
  });

  it('reads an unquoted YAML date and a bare year as the date they name', () => {
    expect(sourceSchema.parse(withPublished({ date: new Date('2025-02-10') })).published.date).toBe('2025-02-10');
    expect(sourceSchema.parse(withPublished({ date: 2025, precision: 'year' })).published.date).toBe('2025');
  });

  it('says the date is written at another precision than the one given', () => {
    expect(problems(sourceSchema, withPublished({ date: '2025-02' }))).toMatchInlineSnapshot(`
      [
        "published.date: published.date "2025-02" is written at precision "month" but precision is "day". Hint: write the date as "YYYY-MM-DD" or change precision.",
      ]
    `);
  });

  it('says a precision that is not day, month or year', () => {
    expect(problems(sourceSchema, withPublished({ precision: 'week' }))).toMatchInlineSnapshot(`
      [
        "published.precision: published.precision "week" is not one of day, month, year. Hint: write precision: day.",
      ]
    `);
  });

  it('asks for a reason when the date is inferred', () => {
    expect(problems(sourceSchema, withPublished({ basis: 'inferred' }))).toMatchInlineSnapshot(`
      [
        "published.reason: published.reason is missing: an inferred date must say how it was inferred. Hint: reason: "« ce lundi » désigne le 10 février 2025".",
      ]
    `);
  });

  it('says a date that does not exist is not a date', () => {
    expect(problems(sourceSchema, withPublished({ date: '2025-13-01' }))).toMatchInlineSnapshot(`
      [
        "published.date: published.date "2025-13-01" is not a date. Hint: write "YYYY-MM-DD", "YYYY-MM" or "YYYY", e.g. "2025-02-10".",
      ]
    `);
    expect(problems(sourceSchema, withPublished({ date: '2025-02-30' }))).toMatchInlineSnapshot(`
      [
        "published.date: published.date "2025-02-30" is not a date. Hint: write "YYYY-MM-DD", "YYYY-MM" or "YYYY", e.g. "2025-02-10" (this day does not exist).",
      ]
    `);
    expect(problems(sourceSchema, withPublished({ date: '10/02/2025' }))).toMatchInlineSnapshot(`
      [
        "published.date: published.date "10/02/2025" is not a date. Hint: write "YYYY-MM-DD", "YYYY-MM" or "YYYY", here "2025-02-10".",
      ]
    `);
  });

  it('names the unknown kind of a removed part and lists the known ones', () => {
    expect(problems(sourceSchema, withRemoved({ kind: 'ad', quote: 'Publicité' }))).toMatchInlineSnapshot(`
      [
        "removed.0.kind: kind "ad" is unknown. Hint: use one of url, title, breadcrumb, dateline, byline, image-credit, share, comments, newsletter, promotion, teasers, footer, other.",
      ]
    `);
  });

  it('says a removed part needs a quote or a range', () => {
    expect(problems(sourceSchema, withRemoved({ kind: 'share' }))).toMatchInlineSnapshot(`
      [
        "removed.0: a removed part needs either \`quote\` (one exact passage) or \`from\` with \`to\` or \`toEnd: true\` (a range). Hint: quote: "Partager cet article".",
      ]
    `);
    expect(problems(sourceSchema, withRemoved({ kind: 'share', quote: 'Partager', from: 'Partager' }))).toMatchInlineSnapshot(`
      [
        "removed.0: a removed part needs either \`quote\` (one exact passage) or \`from\` with \`to\` or \`toEnd: true\` (a range). Hint: quote: "Partager cet article".",
      ]
    `);
  });

  it('says a range needs one end, to or toEnd', () => {
    expect(problems(sourceSchema, withRemoved({ kind: 'newsletter', from: 'Newsletter' }))).toMatchInlineSnapshot(`
      [
        "removed.0: the range from "Newsletter" needs an end: either to: "…" (the last words of the part) or toEnd: true.",
      ]
    `);
    expect(problems(sourceSchema, withRemoved({ kind: 'newsletter', from: 'Newsletter', to: 'adresse', toEnd: true }))).toEqual(
      problems(sourceSchema, withRemoved({ kind: 'newsletter', from: 'Newsletter' })),
    );
  });

  it('says an address is not an http(s) address', () => {
    expect(problems(sourceSchema, { ...source, url: 'letechobservateur.sn' })).toMatchInlineSnapshot(`
      [
        "url: url "letechobservateur.sn" is not an http(s) address. Hint: write the full address, or url: null.",
      ]
    `);
    expect(problems(sourceSchema, { ...source, url: 'ftp://letechobservateur.sn/' })).toMatchInlineSnapshot(`
      [
        "url: url "ftp://letechobservateur.sn/" is not an http(s) address. Hint: write the full address, or url: null.",
      ]
    `);
  });

  it('says a capture name, a language or a title is malformed', () => {
    expect(problems(sourceSchema, { ...source, capture: 'Capture.TXT', language: 'fra', title: '  ' })).toMatchInlineSnapshot(`
      [
        "capture: capture "Capture.TXT" is not a capture file name. Hint: the name of a .txt file in content/sources/, e.g. "sciencepost-consortium-musk-openai.txt".",
        "title: title is empty. Hint: write title: "Elon Musk offre 97,4 milliards $ pour OpenAI".",
        "language: language "fra" is not a two-letter code. Hint: language: fr.",
      ]
    `);
  });

  it('refuses a field it does not know in a removed part or in structure', () => {
    expect(problems(sourceSchema, withRemoved({ kind: 'share', quote: 'Partager', sufix: 'Commentaires' }))).toEqual([
      'removed.0: Unrecognized key: "sufix"',
    ]);
    expect(problems(sourceSchema, { ...source, structure: { heading: ['Conclusion'] } })).toEqual(['structure: Unrecognized key: "heading"']);
  });

  it('says the fix, and only once, when an inferred date has an empty reason', () => {
    expect(problems(sourceSchema, withPublished({ basis: 'inferred', reason: '' }))).toEqual([
      'published.reason: published.reason is missing: an inferred date must say how it was inferred. Hint: reason: "« ce lundi » désigne le 10 février 2025".',
    ]);
  });

  it('says what to write when a required field is missing', () => {
    const { capture: _capture, language: _language, ...rest } = source;
    for (const problem of problems(sourceSchema, rest)) expect(problem).toContain('Hint:');
  });
});

describe('eventSchema', () => {
  it('accepts an event', () => {
    expect(eventSchema.parse(event)).toEqual(event);
  });

  it('says a date that does not exist is not a date', () => {
    expect(problems(eventSchema, { ...event, date: '2025-13-01' })).toMatchInlineSnapshot(`
      [
        "date: date "2025-13-01" is not a date. Hint: write "YYYY-MM-DD", "YYYY-MM" or "YYYY", e.g. "2025-02-10".",
      ]
    `);
  });

  it('gives the ISO form of a date written the French way', () => {
    expect(problems(eventSchema, { ...event, date: '10/02/2025' })).toEqual([
      'date: date "10/02/2025" is not a date. Hint: write "YYYY-MM-DD", "YYYY-MM" or "YYYY", here "2025-02-10".',
    ]);
    expect(problems(eventSchema, { ...event, notAfter: '11.02.2025' })).toEqual([
      'notAfter: notAfter "11.02.2025" is not a day. Hint: write "YYYY-MM-DD", here "2025-02-11".',
    ]);
  });

  it('says a field that is missing is missing', () => {
    expect(problems(sourceSchema, { ...withPublished({}), outlet: undefined }).filter((problem) => problem.startsWith('outlet'))).toEqual([
      'outlet: outlet is missing. Hint: write outlet: "Sciencepost".',
    ]);
  });

  it('says bounds must be days', () => {
    expect(problems(eventSchema, { ...event, date: '2025-02', notBefore: '2025-02', notAfter: '2025' })).toMatchInlineSnapshot(`
      [
        "notBefore: notBefore "2025-02" is not a day. Hint: write "YYYY-MM-DD", e.g. "2025-02-17".",
        "notAfter: notAfter "2025" is not a day. Hint: write "YYYY-MM-DD", e.g. "2025-02-17".",
      ]
    `);
  });

  it('says an id is not kebab-case', () => {
    expect(problems(eventSchema, { ...event, id: 'Offre de rachat' })).toMatchInlineSnapshot(`
      [
        "id: id "Offre de rachat" is not kebab-case starting with a letter (it is the #anchor of its entry). Hint: id: "offre-de-rachat".",
      ]
    `);
  });

  it('says an event id must start with a letter, since it is an #anchor', () => {
    expect(problems(eventSchema, { ...event, id: '2025-offre' })).toMatchInlineSnapshot(`
      [
        "id: id "2025-offre" is not kebab-case starting with a letter (it is the #anchor of its entry). Hint: id: "offre-de-rachat".",
      ]
    `);
    expect(entitySchema.safeParse({ id: '8vc', name: '8VC', kind: 'organisation', description: 'Fonds.' }).success).toBe(true);
  });

  it('asks for at least one citation, each with a quote', () => {
    expect(problems(eventSchema, { ...event, citations: [] })).toMatchInlineSnapshot(`
      [
        "citations: citations is empty: every event cites at least one source.",
      ]
    `);
    expect(problems(eventSchema, { ...event, citations: [{ ...citation, quote: '  ' }] })).toMatchInlineSnapshot(`
      [
        "citations.0.quote: quote is empty. Hint: copy a passage of the capture.",
      ]
    `);
  });
});

describe('dossierSchema', () => {
  const dossier = { title: 'L’offre d’Elon Musk pour racheter OpenAI', description: 'Une phrase.', lede: [sentence, sentence, sentence] };

  it('accepts a lede of three to six sentences', () => {
    expect(dossierSchema.parse(dossier)).toEqual(dossier);
    expect(dossierSchema.parse({ ...dossier, lede: Array(6).fill(sentence) }).lede).toHaveLength(6);
  });

  it('says how many sentences the lede has and how many it needs', () => {
    expect(problems(dossierSchema, { ...dossier, lede: [sentence, sentence] })).toMatchInlineSnapshot(`
      [
        "lede: lede has 2 sentences; it needs 3 to 6.",
      ]
    `);
    expect(problems(dossierSchema, { ...dossier, lede: Array(7).fill(sentence) })).toMatchInlineSnapshot(`
      [
        "lede: lede has 7 sentences; it needs 3 to 6.",
      ]
    `);
  });

  it('asks every sentence of the lede for a citation', () => {
    expect(problems(dossierSchema, { ...dossier, lede: [sentence, sentence, { ...sentence, citations: [] }] })).toMatchInlineSnapshot(`
      [
        "lede.2.citations: citations is empty: every sentence of the lede cites at least one source.",
      ]
    `);
  });
});

describe('precisionOf', () => {
  it('tells the precision a date is written at', () => {
    expect(['2015', '2024-12', '2025-02-10', '2024-02-29'].map(precisionOf)).toEqual(['year', 'month', 'day', 'day']);
  });

  it('finds no precision in what is not a real date', () => {
    expect(['2025-02-29', '2025-00', '2025-1', '25', '2025-02-10T00:00', ''].map(precisionOf)).toEqual(Array(6).fill(undefined));
  });
});
