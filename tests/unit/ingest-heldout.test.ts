import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELDS, formatSummary, measureSet, wrongOn, type Field, type Summary } from '../support/ingest-accuracy.ts';
import { ROOT } from './helpers.ts';

/**
 * The held-out set: tests/fixtures/ingest-heldout/<case>/, captures written
 * without reading the ingest rules and never used to write them (same
 * capture.txt + expected.json as the development set, tests/fixtures/ingest).
 * It measures what to expect of ingest on pages it has not seen.
 *
 * The set is frozen (FROZEN.sha256). The test prints both halves' numbers and
 * fails only when a rule change makes unseen captures worse than measured:
 * one capture more wrong on any field, 0.01 less text F1, or one more article
 * lost. The floors are not the targets (every field right on 90 % of the
 * captures, F1 0.95: see docs/ingest-accuracy.md).
 */
const HELD_OUT = `${ROOT}tests/fixtures/ingest-heldout`;
const DEVELOPMENT = `${ROOT}tests/fixtures/ingest`;
const FROZEN = 'FROZEN.sha256';

/** Measured on 2026-12-04 (27, 22, 22, 36, 25, 36 of 36 right; F1 0.924; none lost), less the margin. Raise them as the rules improve; never lower them to let a change pass. */
const FLOOR = {
  right: { title: 26 / 36, outlet: 21 / 36, author: 21 / 36, url: 35 / 36, published: 24 / 36, language: 35 / 36 },
  f1: 0.914,
  lost: 1,
};

const TARGET = { right: 0.9, f1: 0.95 };

/** Every file of the folder, as paths relative to it, but the hash list. */
function heldOutFiles(): string[] {
  return readdirSync(HELD_OUT, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}/${entry.name}`.slice(HELD_OUT.length + 1))
    .filter((path) => path !== FROZEN)
    .sort();
}

/** The files FROZEN.sha256 lists (`sha256sum` format: hash, two spaces, path), with their hashes. */
function frozenHashes(): Map<string, string> {
  const lines = readFileSync(`${HELD_OUT}/${FROZEN}`, 'utf8').split('\n').filter(Boolean);
  return new Map(
    lines.map((line, index) => {
      const match = /^([0-9a-f]{64}) [ *](.+)$/u.exec(line);
      if (!match) throw new Error(`tests/fixtures/ingest-heldout/${FROZEN}:${index + 1}: "${line}" is not a sha256sum line. Hint: restore the file with git checkout.`);
      return [match[2]!, match[1]!];
    }),
  );
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(`${HELD_OUT}/${path}`)).digest('hex');

/** One line a half: each field's accuracy and the text F1, with the targets. */
function compare(halves: Array<[string, Summary]>): string {
  const percent = (share: number) => `${(100 * share).toFixed(1)} %`;
  return [
    `| set | ${FIELDS.join(' | ')} | articles kept | text F1 |`,
    `| --- | ${FIELDS.map(() => '--:').join(' | ')} | --: | --: |`,
    ...halves.map(([name, s]) => `| ${name} (${s.measures.length}) | ${FIELDS.map((field) => percent(s.accuracy[field])).join(' | ')} | ${s.measures.length - s.lost.length}/${s.measures.length} | ${s.f1.toFixed(3)} |`),
    `| target | ${FIELDS.map(() => `≥ ${percent(TARGET.right)}`).join(' | ')} | all | ≥ ${TARGET.f1.toFixed(2)} |`,
  ].join('\n');
}

describe('the held-out set', () => {
  it('is frozen: no file changed, added or removed since FROZEN.sha256', () => {
    const frozen = frozenHashes();
    const files = heldOutFiles();
    const problems = [
      ...files.filter((path) => !frozen.has(path)).map((path) => `${path} was added`),
      ...[...frozen.keys()].filter((path) => !files.includes(path)).map((path) => `${path} was removed`),
      ...files.filter((path) => frozen.has(path) && frozen.get(path) !== sha256(path)).map((path) => `${path} was changed`),
    ];
    expect(
      problems,
      `tests/fixtures/ingest-heldout is frozen: ${problems.join('; ')}. The held-out set measures ingest on captures its rules were not written against, so it must not be edited to fit the rules. Hint: restore it with \`git checkout -- tests/fixtures/ingest-heldout\`, and add any new capture to the development set, tests/fixtures/ingest.`,
    ).toEqual([]);
  });
});

describe('ingest on the held-out set', () => {
  const summary = measureSet(HELD_OUT);
  console.log(`Held-out set (tests/fixtures/ingest-heldout)\n${formatSummary(summary)}\n\n${compare([['development', measureSet(DEVELOPMENT)], ['held-out', summary]])}`);

  it('has 30 captures or more', () => {
    expect(summary.measures.length).toBeGreaterThanOrEqual(30);
  });

  it('keeps the article text with a token F1 no lower than measured', () => {
    expect(summary.f1).toBeGreaterThanOrEqual(FLOOR.f1);
  });

  it('loses no more articles (empty, tiny or not read) than measured', () => {
    expect(summary.lost.length, `lost: ${summary.lost.map((m) => `${m.name} (${m.article})`).join(', ')}`).toBeLessThanOrEqual(FLOOR.lost);
  });

  it.each(FIELDS)('infers %s right on no fewer captures than measured', (field: Field) => {
    expect(summary.accuracy[field], `wrong on: ${wrongOn(summary, field)}`).toBeGreaterThanOrEqual(FLOOR.right[field]);
  });
});
