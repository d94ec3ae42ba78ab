import { readdirSync, readFileSync } from 'node:fs';
import { decodeCapture } from '../../src/lib/decode-capture.ts';
import { inferSource } from '../../src/lib/ingest/infer-source.ts';
import { wordTokens } from '../../src/lib/ingest/word-tokens.ts';

/**
 * Measures ingest on a labelled set: a folder of <case>/ folders, each with
 *   capture.txt    a capture as received (bytes, any encoding ingest meets)
 *   expected.json  what an editor would write: title, outlet, author, url,
 *                  published {date, precision, basis}, language, and the
 *                  article's text (its blocks joined by a blank line)
 *
 * Each capture goes through the path `npm run ingest` takes (decodeCapture,
 * then inferSource); the measure is how often each inferred field is right,
 * and the token F1 of the article text kept (tokens as `wordTokens` counts
 * them). Shared by the development set's test and the held-out set's.
 */
export const FIELDS = ['title', 'outlet', 'author', 'url', 'published', 'language'] as const;
export type Field = (typeof FIELDS)[number];

/** The day the captures are ingested on: dates after it are plans, not publication. */
export const TODAY = new Date('2025-06-01T00:00:00Z');

/** Below this share of the expected article's words, the article counts as lost. */
export const LOST_ARTICLE_RECALL = 0.5;

export interface Expected {
  title: string;
  outlet: string;
  author: string | null;
  url: string | null;
  published: { date: string; precision: string; basis: string };
  language: string;
  text: string;
}

/**
 * How the article came out: `ok`; `empty` (no word kept); `tiny` (less than
 * half of the article's words kept); `error` (ingest threw on the capture,
 * which also makes every field wrong).
 */
export type ArticleOutcome = 'ok' | 'empty' | 'tiny' | 'error';

export interface Measure {
  name: string;
  right: Record<Field, boolean>;
  got: Record<Field, unknown>;
  /** Word tokens kept, expected, and in common (counting repeats). */
  kept: number;
  expected: number;
  common: number;
  article: ArticleOutcome;
  /** The message ingest threw, for `error`. */
  error?: string;
}

export interface Summary {
  measures: Measure[];
  accuracy: Record<Field, number>;
  /** Token F1, precision and recall over the set's pooled tokens. */
  f1: number;
  precision: number;
  recall: number;
  /** The mean of the captures' own F1 (each capture weighs the same). */
  meanF1: number;
  /** Captures whose article came out empty, tiny or not at all. */
  lost: Measure[];
}

/** The case folders of a labelled set, sorted. */
export function listCases(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Tokens in common, counting repeats: the overlap of two bags of words. */
export function commonTokens(a: readonly string[], b: readonly string[]): number {
  const bag = new Map<string, number>();
  for (const token of b) bag.set(token, (bag.get(token) ?? 0) + 1);
  let common = 0;
  for (const token of a) {
    const left = bag.get(token) ?? 0;
    if (left > 0) {
      common++;
      bag.set(token, left - 1);
    }
  }
  return common;
}

export const f1 = (common: number, kept: number, expected: number) => (common === 0 ? 0 : (2 * common) / (kept + expected));

export function readExpected(folder: string, name: string): Expected {
  return JSON.parse(readFileSync(`${folder}/${name}/expected.json`, 'utf8')) as Expected;
}

/** How an article read came out, from its word counts: kept, expected, and in common. */
export function articleOutcome(kept: number, expected: number, common: number): ArticleOutcome {
  if (kept === 0) return 'empty';
  return common < LOST_ARTICLE_RECALL * expected ? 'tiny' : 'ok';
}

/** Ingests one case of `folder` as `npm run ingest` does and compares it with its labels. */
export function measureCase(folder: string, name: string): Measure {
  const expected = readExpected(folder, name);
  const wanted = wordTokens(expected.text);
  let inferred: ReturnType<typeof inferSource>;
  try {
    const { text } = decodeCapture(readFileSync(`${folder}/${name}/capture.txt`), `${name}/capture.txt`);
    inferred = inferSource(text, { today: TODAY });
  } catch (error) {
    const message = (error as Error).message;
    const none = Object.fromEntries(FIELDS.map((field) => [field, false])) as Record<Field, boolean>;
    const got = Object.fromEntries(FIELDS.map((field) => [field, `error: ${message}`])) as Record<Field, unknown>;
    return { name, right: none, got, kept: 0, expected: wanted.length, common: 0, article: 'error', error: message };
  }
  const { data, article } = inferred;
  const got: Record<Field, unknown> = {
    title: data.title,
    outlet: data.outlet,
    author: data.author,
    url: data.url,
    published: { date: data.published.date, precision: data.published.precision, basis: data.published.basis },
    language: data.language,
  };
  const right = Object.fromEntries(FIELDS.map((field) => [field, JSON.stringify(got[field]) === JSON.stringify(expected[field])])) as Record<Field, boolean>;
  const kept = wordTokens(article.blocks.map((block) => block.text).join('\n\n'));
  const common = commonTokens(kept, wanted);
  return { name, right, got, kept: kept.length, expected: wanted.length, common, article: articleOutcome(kept.length, wanted.length, common) };
}

/** Measures every case of a labelled set. */
export function measureSet(folder: string): Summary {
  const measures = listCases(folder).map((name) => measureCase(folder, name));
  const common = measures.reduce((sum, m) => sum + m.common, 0);
  const kept = measures.reduce((sum, m) => sum + m.kept, 0);
  const expected = measures.reduce((sum, m) => sum + m.expected, 0);
  const accuracy = Object.fromEntries(FIELDS.map((field) => [field, measures.filter((m) => m.right[field]).length / measures.length])) as Record<Field, number>;
  return {
    measures,
    accuracy,
    f1: f1(common, kept, expected),
    precision: kept === 0 ? 0 : common / kept,
    recall: expected === 0 ? 0 : common / expected,
    meanF1: measures.reduce((sum, m) => sum + f1(m.common, m.kept, m.expected), 0) / measures.length,
    lost: measures.filter((m) => m.article !== 'ok'),
  };
}

const percent = (share: number) => `${(100 * share).toFixed(1)} %`;

/**
 * The Markdown table docs/ingest-accuracy.md reports: a row a capture (✓ or ✗
 * a field, the article's outcome, its text F1), then the set's accuracy a
 * field and its pooled F1.
 */
export function formatSummary(summary: Summary): string {
  const { measures, accuracy } = summary;
  const rows = measures.map(
    (m) => `| ${m.name} | ${FIELDS.map((field) => (m.right[field] ? '✓' : '✗')).join(' | ')} | ${m.article === 'ok' ? '✓' : `✗ ${m.article}`} | ${f1(m.common, m.kept, m.expected).toFixed(3)} |`,
  );
  const ok = measures.length - summary.lost.length;
  return [
    `| case | ${FIELDS.join(' | ')} | article | text F1 |`,
    `| --- | ${FIELDS.map(() => ':-:').join(' | ')} | :-: | --: |`,
    ...rows,
    `| **all ${measures.length}** | ${FIELDS.map((field) => percent(accuracy[field])).join(' | ')} | ${ok}/${measures.length} | ${summary.f1.toFixed(3)} |`,
    `precision ${summary.precision.toFixed(3)}, recall ${summary.recall.toFixed(3)}, mean F1 per capture ${summary.meanF1.toFixed(3)}`,
  ].join('\n');
}

/** What each wrong capture got for `field`, for an assertion's message. */
export function wrongOn(summary: Summary, field: Field): string {
  return summary.measures
    .filter((m) => !m.right[field])
    .map((m) => `${m.name}: ${JSON.stringify(m.got[field])}`)
    .join('; ');
}
