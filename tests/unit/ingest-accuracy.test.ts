import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCapture } from '../../src/lib/decode-capture.ts';
import { inferSource } from '../../src/lib/ingest/infer-source.ts';
import { wordTokens } from '../../src/lib/ingest/word-tokens.ts';
import { ROOT } from './helpers.ts';

/**
 * The labelled set: tests/fixtures/ingest/<case>/
 *   capture.txt    a capture as received (bytes: one is Windows-1252, one has a BOM and CRLF)
 *   expected.json  what an editor would write: title, outlet, author, url,
 *                  published {date, precision, basis}, language, and the
 *                  article's text (its blocks joined by a blank line)
 *
 * Measures, over the set, how often each inferred field is right, and the
 * token F1 of the article text kept (tokens as `wordTokens` counts them).
 */
const FIXTURES = `${ROOT}tests/fixtures/ingest`;
const FIELDS = ['title', 'outlet', 'author', 'url', 'published', 'language'] as const;
type Field = (typeof FIELDS)[number];

interface Expected {
  title: string;
  outlet: string;
  author: string | null;
  url: string | null;
  published: { date: string; precision: string; basis: string };
  language: string;
  text: string;
}

interface Measure {
  name: string;
  right: Record<Field, boolean>;
  got: Record<Field, unknown>;
  kept: number;
  expected: number;
  common: number;
}

/** Tokens in common, counting repeats: the overlap of two bags of words. */
function commonTokens(a: readonly string[], b: readonly string[]): number {
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

function measure(name: string): Measure {
  const expected = JSON.parse(readFileSync(`${FIXTURES}/${name}/expected.json`, 'utf8')) as Expected;
  const { text } = decodeCapture(readFileSync(`${FIXTURES}/${name}/capture.txt`), `${name}/capture.txt`);
  const { data, article } = inferSource(text, { today: new Date('2025-06-01T00:00:00Z') });
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
  const wanted = wordTokens(expected.text);
  return { name, right, got, kept: kept.length, expected: wanted.length, common: commonTokens(kept, wanted) };
}

const f1 = (common: number, kept: number, expected: number) => (common === 0 ? 0 : (2 * common) / (kept + expected));
const percent = (share: number) => `${(100 * share).toFixed(1)} %`;

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('ingest on the labelled set', () => {
  const measures = cases.map(measure);
  const common = measures.reduce((sum, m) => sum + m.common, 0);
  const kept = measures.reduce((sum, m) => sum + m.kept, 0);
  const expected = measures.reduce((sum, m) => sum + m.expected, 0);
  const overall = f1(common, kept, expected);
  const accuracy = Object.fromEntries(FIELDS.map((field) => [field, measures.filter((m) => m.right[field]).length / measures.length])) as Record<Field, number>;

  // The table the README's « Ingest » section reports.
  const rows = measures.map((m) => `| ${m.name} | ${FIELDS.map((field) => (m.right[field] ? '✓' : '✗')).join(' | ')} | ${f1(m.common, m.kept, m.expected).toFixed(3)} |`);
  console.log(
    [
      `| case | ${FIELDS.join(' | ')} | text F1 |`,
      `| --- | ${FIELDS.map(() => ':-:').join(' | ')} | --: |`,
      ...rows,
      `| **all ${measures.length}** | ${FIELDS.map((field) => percent(accuracy[field])).join(' | ')} | ${overall.toFixed(3)} |`,
      `precision ${(common / kept).toFixed(3)}, recall ${(common / expected).toFixed(3)}`,
    ].join('\n'),
  );

  it('has a dozen varied captures or more', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  it('keeps the article text with a token F1 of 0.95 or more over the set', () => {
    expect(overall).toBeGreaterThanOrEqual(0.95);
  });

  // An article whose words are the boilerplate's (cookies, newsletters, comments) loses no paragraph to them.
  it('keeps the article text of every capture with a token F1 of 0.9 or more', () => {
    const poor = measures.filter((m) => f1(m.common, m.kept, m.expected) < 0.9).map((m) => `${m.name}: ${f1(m.common, m.kept, m.expected).toFixed(3)} (${m.kept} words kept of ${m.expected})`);
    expect(poor).toEqual([]);
  });

  it.each(FIELDS)('infers %s right on 90 % of the captures or more', (field) => {
    const wrong = measures.filter((m) => !m.right[field]).map((m) => `${m.name}: ${JSON.stringify(m.got[field])}`);
    expect(accuracy[field], `wrong on: ${wrong.join('; ')}`).toBeGreaterThanOrEqual(0.9);
  });
});
