import { z } from 'astro/zod';

/**
 * The schemas of everything an editor writes in `content/`. Types are derived
 * from them (`z.infer`), never written twice. Messages name the value found
 * and say the fix, because an editor reads them in a failed build.
 */

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

const nonEmpty = (field: string, example: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `${field} is missing. Hint: write ${field}: "${example}".`
          : `${field} must be text, found ${show(issue.input)}. Hint: write ${field}: "${example}".`,
    })
    .trim()
    .min(1, { error: `${field} is empty. Hint: write ${field}: "${example}".` });

/**
 * An id in kebab-case. Ids that become a page's #anchor (events, divergences)
 * must start with a letter, as HTML ids should; entity ids are only URL paths ("8vc").
 */
const kebabId = (example: string, { anchor }: { anchor: boolean }) =>
  anchor
    ? z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, {
        error: (issue) => `id ${show(issue.input)} is not kebab-case starting with a letter (it is the #anchor of its entry). Hint: id: "${example}".`,
      })
    : z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
        error: (issue) => `id ${show(issue.input)} is not kebab-case. Hint: id: "${example}".`,
      });

export const PRECISIONS = ['day', 'month', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

const DATE_PATTERNS: Record<Precision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
};

/** The precision a partial ISO date is written at, or `undefined` if it is not one. */
export function precisionOf(date: string): Precision | undefined {
  return PRECISIONS.find((precision) => DATE_PATTERNS[precision].test(date) && isRealDate(date));
}

function isRealDate(date: string): boolean {
  const [year, month = 1, day = 1] = date.split('-').map(Number) as [number, number?, number?];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}

/** YAML turns an unquoted 2025-02-10 into a Date: accept it as the day it names. */
const dateText = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
  z.string({ error: (issue) => `expected a date such as "2025-02-10", "2025-02" or "2025", found ${show(issue.input)}.` }),
);

/**
 * The ISO date an editor most likely meant, for a hint: « 10/02/2025 » (French
 * order, day first) → "2025-02-10"; `undefined` when there is no clear guess.
 */
export function isoGuess(value: unknown): string | undefined {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(String(value).trim());
  if (!match) return undefined;
  const guess = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return precisionOf(guess) === 'day' ? guess : undefined;
}

const partialDate = (field: string) =>
  dateText.refine((value) => precisionOf(value) !== undefined, {
    error: (issue) => {
      const guess = isoGuess(issue.input);
      return `${field} ${show(issue.input)} is not a date. Hint: write "YYYY-MM-DD", "YYYY-MM" or "YYYY", ${guess ? `here "${guess}"` : 'e.g. "2025-02-10"'}${
        guess || !DATE_PATTERNS.day.test(String(issue.input)) ? '' : ' (this day does not exist)'
      }.`;
    },
  });

const dayDate = (field: string) =>
  dateText.refine((value) => precisionOf(value) === 'day', {
    error: (issue) => {
      const guess = isoGuess(issue.input);
      return `${field} ${show(issue.input)} is not a day. Hint: write "YYYY-MM-DD", ${guess ? `here "${guess}"` : 'e.g. "2025-02-17"'}.`;
    },
  });

export const publishedSchema = z
  .object(
    {
    date: partialDate('published.date'),
    precision: z.enum(PRECISIONS, {
      error: (issue) => `published.precision ${show(issue.input)} is not one of day, month, year. Hint: write precision: day.`,
    }),
    basis: z.enum(['stated', 'inferred'], {
      error: (issue) =>
        `published.basis ${show(issue.input)} is not "stated" or "inferred". Hint: "stated" when the capture prints the date, else "inferred" with a reason.`,
    }),
    // An empty reason is as good as none: the check below says what to write.
    reason: z.preprocess((reason) => (typeof reason === 'string' && reason.trim() === '' ? undefined : reason), z.string().trim().optional()),
    },
    {
      error: (issue) =>
        issue.input === undefined
          ? 'published is missing. Hint: published: { date: "2025-02-10", precision: day, basis: stated } (or basis: inferred with a reason).'
          : `published must be a mapping with date, precision, basis, found ${show(issue.input)}.`,
    },
  )
  .superRefine((published, ctx) => {
    const precision = precisionOf(published.date);
    if (precision && precision !== published.precision) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `published.date "${published.date}" is written at precision "${precision}" but precision is "${published.precision}". Hint: write the date as ${published.precision === 'day' ? '"YYYY-MM-DD"' : published.precision === 'month' ? '"YYYY-MM"' : '"YYYY"'} or change precision.`,
      });
    }
    if (published.basis === 'inferred' && !published.reason) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'published.reason is missing: an inferred date must say how it was inferred. Hint: reason: "« ce lundi » désigne le 10 février 2025".',
      });
    }
  });

export const REMOVED_KINDS = [
  'url',
  'title',
  'breadcrumb',
  'dateline',
  'byline',
  'image-credit',
  'share',
  'comments',
  'newsletter',
  'promotion',
  'teasers',
  'footer',
  'other',
] as const;
export type RemovedKind = (typeof REMOVED_KINDS)[number];

/** A part of the capture that is not article text, given as exact quotes. */
export const removedPartSchema = z
  .object({
    kind: z.enum(REMOVED_KINDS, {
      error: (issue) => `kind ${show(issue.input)} is unknown. Hint: use one of ${REMOVED_KINDS.join(', ')}.`,
    }),
    quote: z.string().min(1).optional(),
    from: z.string().min(1).optional(),
    to: z.string().min(1).optional(),
    toEnd: z.boolean().optional(),
    prefix: z.string().min(1).optional(),
    suffix: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((part, ctx) => {
    const ways = [part.quote !== undefined, part.from !== undefined].filter(Boolean).length;
    if (ways !== 1) {
      ctx.addIssue({
        code: 'custom',
        message:
          'a removed part needs either `quote` (one exact passage) or `from` with `to` or `toEnd: true` (a range). Hint: quote: "Partager cet article".',
      });
    } else if (part.from !== undefined && (part.to === undefined) === (part.toEnd !== true)) {
      ctx.addIssue({
        code: 'custom',
        message: `the range from ${show(part.from)} needs an end: either to: "…" (the last words of the part) or toEnd: true.`,
      });
    }
  });

export const structureSchema = z
  .object({
    headings: z.array(z.string().min(1)).default([]),
    paragraphs: z.array(z.string().min(1)).default([]),
    breaks: z.array(z.string().min(1)).default([]),
  })
  .strict();

/** A passage of the capture, as a W3C Web Annotation TextQuoteSelector. */
const passage = {
  quote: z.string().trim().min(1, { error: 'quote is empty. Hint: copy a passage of the capture.' }),
  prefix: z.string().min(1).optional(),
  suffix: z.string().min(1).optional(),
};

/** An editor's note anchored to a passage of the capture. */
export const noteSchema = z
  .object({
    ...passage,
    body: nonEmpty('body', 'Ce que le passage veut dire, ou ce qu’il faut savoir pour le lire.'),
  })
  .strict();

/** Who said a quotation of the capture: `quote` is a passage inside its quotation marks. */
export const speakerSchema = z
  .object({
    ...passage,
    speaker: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
      error: (issue) => `speaker ${show(issue.input)} is not an entity id. Hint: the id of an entity of content/entities.yaml, e.g. "elon-musk".`,
    }),
  })
  .strict();

/** Metadata fields a tool (npm run ingest) guessed and an editor has not checked yet. */
export const INFERABLE_FIELDS = ['title', 'outlet', 'author', 'url', 'published', 'language', 'removed', 'structure'] as const;

export const sourceSchema = z.object({
  capture: z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'capture is missing. Hint: capture: "<id>.txt", the raw capture beside this file.'
          : `capture ${show(issue.input)} is not a file name. Hint: capture: "<id>.txt".`,
    })
    .regex(/^[a-z0-9][a-z0-9-]*\.txt$/, {
      error: (issue) =>
        `capture ${show(issue.input)} is not a capture file name. Hint: the name of a .txt file in content/sources/, e.g. "sciencepost-consortium-musk-openai.txt".`,
    }),
  title: nonEmpty('title', 'Elon Musk offre 97,4 milliards $ pour OpenAI'),
  titleBasis: z.enum(['stated', 'inferred']).default('stated'),
  outlet: nonEmpty('outlet', 'Sciencepost'),
  author: z.string().trim().min(1).nullable().default(null),
  url: z
    .url({ protocol: /^https?$/, error: (issue) => `url ${show(issue.input)} is not an http(s) address. Hint: write the full address, or url: null.` })
    .nullable()
    .default(null),
  published: publishedSchema,
  language: z
    .string({
      error: (issue) =>
        issue.input === undefined ? 'language is missing. Hint: language: fr.' : `language ${show(issue.input)} is not a two-letter code. Hint: language: fr.`,
    })
    .regex(/^[a-z]{2}$/, { error: (issue) => `language ${show(issue.input)} is not a two-letter code. Hint: language: fr.` }),
  removed: z.array(removedPartSchema).default([]),
  structure: structureSchema.default({ headings: [], paragraphs: [], breaks: [] }),
  notes: z.array(noteSchema).default([]),
  speakers: z.array(speakerSchema).default([]),
  unchecked: z
    .array(
      z.enum(INFERABLE_FIELDS, {
        error: (issue) => `unchecked lists ${show(issue.input)}, which is not a field. Hint: list only ${INFERABLE_FIELDS.join(', ')}.`,
      }),
    )
    .default([]),
  })
  // A misspelled field (« titre: ») is named, not ignored.
  .strict();

export const ENTITY_KINDS = ['person', 'organisation', 'place', 'product', 'event', 'media'] as const;

/** An entry of the registry of the people, organisations… the captures name. */
export const entitySchema = z
  .object({
    id: kebabId('elon-musk', { anchor: false }),
    name: nonEmpty('name', 'Elon Musk'),
    kind: z.enum(ENTITY_KINDS, {
      error: (issue) => `kind ${show(issue.input)} is unknown. Hint: use one of ${ENTITY_KINDS.join(', ')}.`,
    }),
    aliases: z.array(z.string().trim().min(1)).default([]),
    description: nonEmpty('description', 'Une ligne qui dit qui c’est.'),
  })
  .strict();

export const citationSchema = z
  .object({
    source: z.string().min(1),
    quote: z.string().trim().min(1, { error: 'quote is empty. Hint: copy a passage of the capture.' }),
    /** Words right before the quote, to pick one of several occurrences (W3C TextQuoteSelector). */
    prefix: z.string().min(1).optional(),
    /** Words right after the quote. */
    suffix: z.string().min(1).optional(),
  })
  .strict();

export const eventSchema = z
  .object({
    id: kebabId('offre-de-rachat', { anchor: true }),
    date: partialDate('date'),
    notBefore: dayDate('notBefore').optional(),
    notAfter: dayDate('notAfter').optional(),
    title: nonEmpty('title', 'Offre de rachat'),
    summary: nonEmpty('summary', 'Une phrase qui résume l’événement.'),
    citations: z.array(citationSchema).min(1, { error: 'citations is empty: every event cites at least one source.' }),
  })
  .strict();

/** A point on which the sources disagree, with each position and its evidence. */
export const divergenceSchema = z
  .object({
    id: kebabId('annee-depart-musk', { anchor: true }),
    topic: nonEmpty('topic', 'L’année où Elon Musk a quitté OpenAI'),
    summary: nonEmpty('summary', 'Ce sur quoi les sources divergent, en une ou deux phrases.'),
    /** The timeline events that carry the divergence. */
    events: z.array(z.string().min(1)).default([]),
    positions: z
      .array(
        z
          .object({
            claim: nonEmpty('claim', 'En 2018'),
            citations: z.array(citationSchema).min(1, { error: 'citations is empty: every position cites at least one source.' }),
          })
          .strict(),
      )
      .min(2, { error: 'positions needs at least two positions: a divergence opposes sources.' }),
  })
  .strict();

export const ledeSentenceSchema = z
  .object({
    text: nonEmpty('text', 'Une phrase du chapeau.'),
    citations: z.array(citationSchema).min(1, { error: 'citations is empty: every sentence of the lede cites at least one source.' }),
  })
  .strict();

export const dossierSchema = z.object({
  title: nonEmpty('title', 'L’offre d’Elon Musk pour racheter OpenAI'),
  description: nonEmpty('description', 'Une phrase.'),
  lede: z
    .array(ledeSentenceSchema)
    .min(3, { error: (issue) => `lede has ${(issue.input as unknown[]).length} sentences; it needs 3 to 6.` })
    .max(6, { error: (issue) => `lede has ${(issue.input as unknown[]).length} sentences; it needs 3 to 6.` }),
});

export type Published = z.infer<typeof publishedSchema>;
export type RemovedPart = z.infer<typeof removedPartSchema>;
export type Structure = z.infer<typeof structureSchema>;
export type SourceData = z.infer<typeof sourceSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type EventData = z.infer<typeof eventSchema>;
export type DossierData = z.infer<typeof dossierSchema>;
export type EntityData = z.infer<typeof entitySchema>;
export type DivergenceData = z.infer<typeof divergenceSchema>;
export type NoteData = z.infer<typeof noteSchema>;
export type SpeakerData = z.infer<typeof speakerSchema>;
