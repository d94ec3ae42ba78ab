import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleOutcome, FIELDS, formatSummary, measureCase, measureSet } from '../support/ingest-accuracy.ts';

/** The measuring code the development and held-out tests share (tests/support/ingest-accuracy.ts). */
const folder = mkdtempSync(join(tmpdir(), 'ingest-measure-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const ARTICLE = [
  'Le conseil municipal de Millau a voté lundi soir la gratuité des bus pour les moins de 26 ans à partir du mois de septembre.',
  "La mesure coûtera environ 400 000 euros par an à la commune, qui compte la financer en renonçant à l'extension d'un parking en centre-ville.",
  "L'opposition a voté contre, jugeant la dépense trop lourde pour un budget déjà contraint par la hausse du prix de l'énergie.",
].join('\n\n');

function put(name: string, capture: Uint8Array | string, text: string) {
  mkdirSync(join(folder, name), { recursive: true });
  writeFileSync(join(folder, name, 'capture.txt'), capture);
  const expected = { title: 'Millau : les bus gratuits pour les jeunes', outlet: 'Le Journal de Millau', author: null, url: null, published: { date: '2025-03-10', precision: 'day', basis: 'stated' }, language: 'fr', text };
  writeFileSync(join(folder, name, 'expected.json'), JSON.stringify(expected));
}

const capture = `Le Journal de Millau\nMillau : les bus gratuits pour les jeunes\nPublié le 10 mars 2025\n${ARTICLE}\n© Le Journal de Millau\n`;
put('read', capture, ARTICLE);
// UTF-16 without its byte-order mark: NUL bytes, which ingest refuses to read.
put('binary', Buffer.from(capture, 'utf16le'), ARTICLE);
put('other-article', capture, 'Storms flooded three valleys of the Cévennes on Saturday night, cutting roads and forcing the evacuation of two campsites near the river Hérault. Firefighters rescued eleven people trapped by rising water.');

describe('measuring ingest on a labelled set', () => {
  it('counts a capture ingest cannot read as a lost article with every field wrong', () => {
    const measure = measureCase(folder, 'binary');
    expect(measure.article).toBe('error');
    expect(measure.error).toContain('binary/capture.txt');
    expect(FIELDS.filter((field) => measure.right[field])).toEqual([]);
    expect(measure.kept).toBe(0);
  });

  it('counts an article that keeps less than half of the expected words as tiny', () => {
    expect(measureCase(folder, 'other-article').article).toBe('tiny');
    expect(articleOutcome(40, 100, 40)).toBe('tiny');
    expect(articleOutcome(0, 100, 0)).toBe('empty');
    expect(articleOutcome(120, 100, 50)).toBe('ok');
  });

  it('marks the lost articles in the table and counts them apart from the kept ones', () => {
    const summary = measureSet(folder);
    expect(summary.lost.map((m) => m.name)).toEqual(['binary', 'other-article']);
    const table = formatSummary(summary);
    expect(table).toContain('| ✗ error | 0.000 |');
    expect(table).toContain('| ✗ tiny |');
    expect(table).toMatch(/\| \*\*all 3\*\* \|.*\| 1\/3 \|/u);
  });
});
