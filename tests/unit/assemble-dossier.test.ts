import { describe, expect, it } from 'vitest';
import { assembleDossier, type CaptureInput, type SourceInput } from '../../src/lib/assemble-dossier.ts';
import { buildArticle } from '../../src/lib/build-article.ts';
import { countWords } from '../../src/lib/count-words.ts';
import { decodeCapture } from '../../src/lib/decode-capture.ts';
import { DossierError } from '../../src/lib/dossier-error.ts';
import { resolveCitation, type CitableSource } from '../../src/lib/resolve-citation.ts';
import { citationSchema, dossierSchema, eventSchema, sourceSchema, type EventData } from '../../src/lib/schemas.ts';
import { editing, errorOf } from './helpers.ts';

const ALPHA = [
  'Le Journal',
  'Musk fonde OpenAI en 2015 avec Sam Altman.',
  'Il quitte le conseil en 2018.',
  'Lundi 10 février 2025, l’offre de 97,4 milliards est adressée au conseil.',
  'Le conseil hésite. Le conseil hésite.',
  'Les scénarios',
  '• Un rachat pur et simple par le consortium.',
  'Partager',
].join('\n');
const BETA = 'Altman répond « Non merci » sur X.\nLe conseil rejette l’offre à l’unanimité.';
const GAMMA = 'Musk répond « Escroc ».\nIl relance la bataille.';

function capture(id: string, text: string): CaptureInput {
  return { id, ...decodeCapture(new TextEncoder().encode(text), `content/sources/${id}`) };
}

function source(id: string, date: string, removed: unknown[] = []): SourceInput {
  return {
    id,
    data: sourceSchema.parse({
      capture: `${id}.txt`,
      title: `Article ${id}`,
      outlet: 'Le Journal',
      language: 'fr',
      published: { date, precision: date.length === 7 ? 'month' : 'day', basis: date.length === 7 ? 'inferred' : 'stated', reason: 'Un indice.' },
      removed,
    }),
  };
}

function event(id: string, date: string, citations: { source: string; quote: string }[], bounds: Partial<EventData> = {}): EventData {
  return eventSchema.parse({ id, date, title: `Titre ${id}`, summary: 'Une phrase.', citations, ...bounds });
}

const SOURCES = [
  source('beta', '2025-02-17'),
  source('gamma', '2025-02-11'),
  source('alpha', '2025-02', [
    { kind: 'title', quote: 'Le Journal' },
    { kind: 'share', quote: 'Partager' },
  ]),
];
const CAPTURES = [capture('alpha.txt', ALPHA), capture('beta.txt', BETA), capture('gamma.txt', GAMMA)];
const cite = (source: string, quote: string) => ({ source, quote });
const EVENTS = [
  event('offre', '2025-02-10', [cite('alpha', 'l’offre de 97,4 milliards est adressée au conseil')]),
  event('reponse', '2025-02', [cite('beta', 'Altman répond « Non merci »'), cite('gamma', 'Musk répond « Escroc »')], {
    notBefore: '2025-02-11',
    notAfter: '2025-02-12',
  }),
  event('stargate', '2025', [cite('gamma', 'Il relance la bataille.')], { notAfter: '2025-02-10' }),
  event('depart', '2018', [cite('alpha', 'Il quitte le conseil en 2018.')]),
  event('rejet', '2025-02', [cite('beta', 'Le conseil rejette l’offre'), cite('beta', 'à l’unanimité')], { notBefore: '2025-02-10', notAfter: '2025-02-17' }),
  event('avant-offre', '2025', [cite('gamma', 'Musk répond')], { notBefore: '2025-01-20', notAfter: '2025-02-10' }),
  event('fondation', '2015', [cite('alpha', 'Musk fonde OpenAI en 2015')]),
];
const LEDE = [
  { text: 'Musk fait une offre.', citations: [cite('alpha', 'Lundi 10 février 2025')] },
  { text: 'Altman refuse.', citations: [cite('beta', 'Non merci')] },
  { text: 'Le conseil rejette l’offre.', citations: [cite('beta', 'à l’unanimité')] },
];
const DOSSIER = dossierSchema.parse({ title: 'Le dossier', description: 'Une phrase.', lede: LEDE });

function assemble(overrides: Partial<Parameters<typeof assembleDossier>[0]> = {}) {
  return assembleDossier({ sources: SOURCES, captures: CAPTURES, events: EVENTS, dossier: DOSSIER, ...overrides });
}

describe('assembleDossier', () => {
  const dossier = assemble();

  it('orders the sources by publication, a month before the days it contains', () => {
    expect(dossier.sources.map((s) => [s.id, s.published.date])).toEqual([
      ['alpha', '2025-02'],
      ['gamma', '2025-02-11'],
      ['beta', '2025-02-17'],
    ]);
  });

  it('orders the events chronologically, an event known by its lower bound at that bound', () => {
    // "2015" < "2018" < "2025" < notBefore "2025-01-20" < "2025-02-10" < notBefore "2025-02-10" < notBefore "2025-02-11"
    expect(dossier.events.map((e) => e.id)).toEqual(['fondation', 'depart', 'stargate', 'avant-offre', 'offre', 'rejet', 'reponse']);
  });

  it('places the events dated only within years at the head of the year of their last possible day', () => {
    const events = [
      event('offre', '2025-02-10', [cite('alpha', 'Lundi 10 février 2025')]),
      event('sommet', '2025-02', [cite('alpha', 'Musk')]),
      event('annee', '2025', [cite('alpha', 'Musk')]),
      event('xai', '2023', [cite('gamma', 'Musk répond')]),
      event('fondation', '2015', [cite('alpha', 'Musk')]),
      event('stargate', '2015', [cite('gamma', 'Il relance la bataille.')], { notAfter: '2025-02-10' }),
      event('lettre', '2019', [cite('gamma', 'Musk répond')], { notAfter: '2025-02-10' }),
    ];
    expect(assemble({ events }).events.map((e) => e.id)).toEqual(['fondation', 'xai', 'stargate', 'lettre', 'annee', 'sommet', 'offre']);
  });

  it('puts, on the same first day, what is known to have happened that day before what may have happened later', () => {
    const events = [
      event('plus-tard', '2025-02', [cite('beta', 'Le conseil rejette')], { notBefore: '2025-02-10', notAfter: '2025-02-17' }),
      event('un-peu-plus-tard', '2025-02', [cite('beta', 'Altman répond')], { notBefore: '2025-02-10', notAfter: '2025-02-11' }),
      event('ce-jour-la', '2025-02-10', [cite('alpha', 'Lundi 10 février 2025')]),
    ];
    expect(assemble({ events }).events.map((e) => e.id)).toEqual(['ce-jour-la', 'un-peu-plus-tard', 'plus-tard']);
  });

  it('keeps events of the same dates in the order given (load-dossier gives the order of the file)', () => {
    const events = [
      event('zeta', '2025', [cite('gamma', 'Il relance la bataille.')]),
      event('alpha', '2025', [cite('gamma', 'Musk répond')]),
    ];
    expect(assemble({ events }).events.map((e) => e.id)).toEqual(['zeta', 'alpha']);
  });

  it('lists, for each source, the events that cite it in timeline order, once each', () => {
    expect(Object.fromEntries(dossier.sources.map((s) => [s.id, s.events]))).toEqual({
      alpha: ['fondation', 'depart', 'offre'],
      gamma: ['stargate', 'avant-offre', 'reponse'],
      beta: ['rejet', 'reponse'],
    });
  });

  it('lands every citation on the block that contains its quote', () => {
    const offre = dossier.events.find((e) => e.id === 'offre')!.citations[0]!;
    const alpha = dossier.sources.find((s) => s.id === 'alpha')!;
    const block = alpha.article.blocks.find((b) => b.id === offre.block)!;
    expect(block.text).toBe('Lundi 10 février 2025, l’offre de 97,4 milliards est adressée au conseil.');
    expect(alpha.capture.slice(offre.start, offre.end)).toBe('l’offre de 97,4 milliards est adressée au conseil');
    expect(dossier.lede.map((sentence) => sentence.citations.map((c) => c.block))).toEqual([
      ['p-lundi-10-fevrier-2025-l'],
      ['p-altman-repond-non-merci-sur'],
      ['p-le-conseil-rejette-l-offre'],
    ]);
  });

  it('keeps what a page needs of each source', () => {
    const alpha = dossier.sources[0]!;
    expect(alpha).toMatchObject({ id: 'alpha', captureFile: 'alpha.txt', capture: ALPHA, encoding: 'utf-8', title: 'Article alpha' });
    expect(alpha.sha256).toMatch(/^[0-9a-f]{64}$/u);
    // The words of the article only: the removed "Le Journal" and "Partager" are not counted.
    expect(alpha.wordCount).toBe(countWords(alpha.article.blocks.map((b) => b.text).join('\n')));
    expect(countWords(ALPHA) - alpha.wordCount).toBe(3);
    expect(alpha).not.toHaveProperty('removed');
    expect(alpha).not.toHaveProperty('structure');
  });

  it('says a citation names an unknown source, and lists the known ones', () => {
    expect(() => assemble({ events: [event('x', '2025', [cite('alfa', 'Musk fonde OpenAI')])] })).toThrowErrorMatchingInlineSnapshot(`[DossierError: content/timeline.yaml: event "x".citations[0].source "alfa" is not a source id. Hint: use the name of a content/sources/*.mdx file without .mdx (alpha, gamma, beta).]`);
  });

  it('says a quote is not in the capture, with the closest passage', () => {
    expect(() => assemble({ events: [event('x', '2025', [cite('alpha', 'Musk a fondé OpenAI en 2015')])] })).toThrowErrorMatchingInlineSnapshot(`[DossierError: content/timeline.yaml: event "x".citations[0].quote "Musk a fondé OpenAI en 2015" is not in alpha.txt. Closest passage: "Musk fonde OpenAI en 2015". After "Musk", the quote has "a fondé" where the capture has "fonde". Hint: copy the text exactly from the capture (apostrophes ’ and ' differ; spacing does not matter).]`);
  });

  it('says a quote stands twice in the capture', () => {
    expect(() => assemble({ events: [event('x', '2025', [cite('alpha', 'Le conseil hésite.')])] })).toThrowErrorMatchingInlineSnapshot(`[DossierError: content/timeline.yaml: event "x".citations[0].quote "Le conseil hésite." is in alpha.txt 2 times: (1) "…est adressée au conseil. [Le conseil hésite.] Le conseil hésite. Les…" (2) "…conseil. Le conseil hésite. [Le conseil hésite.] Les scénarios • Un rachat…". Hint: quote a longer passage, or add prefix: or suffix: with the words right before or after the one you mean.]`);
  });

  it('says a quote is in a removed part, and which kind', () => {
    expect(() => assemble({ events: [event('x', '2025', [cite('alpha', 'Partager')])] })).toThrowErrorMatchingInlineSnapshot(`[DossierError: content/timeline.yaml: event "x".citations[0].quote "Partager" is in a part removed from the article (share). Hint: cite the article text, or stop removing that part.]`);
  });

  it('says a quote is not within one paragraph', () => {
    expect(() => assemble({ events: [event('x', '2025', [cite('alpha', 'avec Sam Altman. Il quitte le conseil')])] })).toThrowErrorMatchingInlineSnapshot(`[DossierError: content/timeline.yaml: event "x".citations[0].quote "avec Sam Altman. Il quitte le conseil" is not within one paragraph, heading or list item of alpha.txt's article. Hint: cite a passage within one of them (without a list's bullet).]`);
  });

  it('says a capture file is missing, and lists the captures found', () => {
    expect(() => assemble({ captures: CAPTURES.filter((c) => c.id !== 'gamma.txt') })).toThrowErrorMatchingInlineSnapshot(`[DossierError: content/sources/gamma.mdx: capture "gamma.txt" is not a file in content/sources/. Hint: put the raw capture there under that name, or fix capture: (captures found: alpha.txt, beta.txt).]`);
  });

  it('says a capture has no companion .mdx', () => {
    expect(() => assemble({ captures: [...CAPTURES, capture('delta.txt', 'Un texte orphelin.')] })).toThrowErrorMatchingInlineSnapshot(`[DossierError: content/sources/delta.txt: this capture has no companion .mdx, so it is not published. Hint: run npm run ingest -- content/sources/delta.txt, which writes content/sources/delta.mdx for it, or write that file by hand (see README, "Adding a source").]`);
  });

  it('reports every problem of the timeline in one error against content/timeline.yaml', () => {
    let error: unknown;
    try {
      assemble({
        events: [
          event('x', '2025-02', [cite('alfa', 'Musk'), cite('alpha', 'Partager')], { notBefore: '2025-02-17', notAfter: '2025-02-10' }),
          event('x', '2025', [cite('beta', 'Non merci')]),
        ],
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DossierError);
    expect((error as DossierError).file).toBe('content/timeline.yaml');
    expect((error as DossierError).message).toMatchInlineSnapshot(`
      "content/timeline.yaml: event "x": notBefore "2025-02-17" is after notAfter "2025-02-10". Hint: swap them.
      content/timeline.yaml: event "x".citations[0].source "alfa" is not a source id. Hint: use the name of a content/sources/*.mdx file without .mdx (alpha, gamma, beta).
      content/timeline.yaml: event "x".citations[1].quote "Partager" is in a part removed from the article (share). Hint: cite the article text, or stop removing that part.
      content/timeline.yaml: event "x": id is used twice. Hint: give each event its own id."
    `);
  });

  it('reports the lede’s problems against content/dossier.yaml', () => {
    const lede = [...LEDE.slice(0, 2), { text: 'Une phrase.', citations: [cite('beta', 'Non merci, vraiment')] }];
    expect(() => assemble({ dossier: dossierSchema.parse({ ...DOSSIER, lede }) })).toThrowErrorMatchingInlineSnapshot(`[DossierError: content/dossier.yaml: lede[2].citations[0].quote "Non merci, vraiment" is not in beta.txt. Closest passage: "Non merci » sur". After "Non", the quote has "merci, vraiment" where the capture has "merci » sur". Hint: copy the text exactly from the capture (apostrophes ’ and ' differ; spacing does not matter).]`);
  });

  it('reports a source’s cleaning problems against its .mdx', () => {
    const broken = source('alpha', '2025-02', [{ kind: 'share', quote: 'Partagez' }]);
    expect(errorOf(() => assemble({ sources: [SOURCES[0]!, SOURCES[1]!, broken] }))).toMatch(/^content\/sources\/alpha\.mdx: removed\[0\]\.quote "Partagez" is not in alpha\.txt\./u);
  });
});

describe('resolveCitation', () => {
  const text = 'Titre\n• Un rachat pur et simple par le consortium.\nLe conseil hésite. Le conseil hésite.';
  const article = buildArticle(text, editing({ removed: [{ kind: 'title', quote: 'Titre' }] }), { file: 'content/sources/a.mdx', captureFile: 'a.txt' });
  const sources = new Map<string, CitableSource>([['a', { id: 'a', captureFile: 'a.txt', capture: text, article }]]);

  it('returns the block, the offsets and the quote as written', () => {
    expect(resolveCitation({ source: 'a', quote: 'pur  et\nsimple' }, 'lede[0].citations[0]', sources)).toEqual({
      source: 'a',
      quote: 'pur  et\nsimple',
      block: 'p-un-rachat-pur-et-simple',
      start: text.indexOf('pur'),
      end: text.indexOf('simple') + 'simple'.length,
    });
  });

  it('returns a message naming the field instead of throwing', () => {
    expect(resolveCitation({ source: 'a', quote: 'Absent' }, 'lede[0].citations[0]', sources)).toMatchInlineSnapshot(`"lede[0].citations[0].quote "Absent" is not in a.txt. Hint: copy the text exactly from the capture (apostrophes ’ and ' differ; spacing does not matter)."`);
  });

  it('does not say "two paragraphs" when a quote of one list item includes its bullet', () => {
    const message = resolveCitation({ source: 'a', quote: '• Un rachat pur et simple' }, 'lede[0].citations[0]', sources);
    expect(message).toEqual(expect.any(String));
    expect(message).not.toContain('two paragraphs');
  });

  it('suggests only a fix the citation schema accepts when a quote is ambiguous', () => {
    const message = resolveCitation({ source: 'a', quote: 'Le conseil hésite.' }, 'lede[0].citations[0]', sources);
    expect(message).toContain('is in a.txt 2 times');
    const withPrefix = citationSchema.safeParse({ source: 'a', quote: 'Le conseil hésite.', prefix: 'hésite.' });
    if (!withPrefix.success) expect(message).not.toMatch(/prefix|suffix/u);
  });
});
