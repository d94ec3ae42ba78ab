/**
 * Ingest on long captures: the CPU time and memory `inferSource` takes on
 * captures of growing size, of the shapes that once made it quadratic (one
 * sentence repeated on one line took 38 s at 500,000 characters). The test
 * tests/unit/ingest-linear.test.ts checks the growth by counting work; this
 * measures it.
 *
 * `npm run bench -- ingest [sizes=125000,250000,500000,1000000]`; results in bench/results/ingest.json.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inferSource } from '../src/lib/ingest/infer-source.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SENTENCE = 'Le conseil d’administration a rejeté l’offre de rachat de Musk. ';
const ARTICLE = readFileSync(join(ROOT, 'tests/fixtures/ingest/fr-news-site/capture.txt'), 'utf8');

const SHAPES: Record<string, (size: number) => string> = {
  'one sentence repeated, one line': (size) => SENTENCE.repeat(Math.ceil(size / SENTENCE.length)).slice(0, size),
  'articles glued on one line': (size) => numbered(size, ' '),
  'articles, one line a paragraph': (size) => numbered(size, '\n'),
};

function numbered(size: number, join: string): string {
  let text = '';
  for (let copy = 0; text.length < size; copy++) text += ARTICLE.replace(/\n+/gu, join).replace(/\. /gu, `. Numéro ${copy} `) + join;
  return text.slice(0, size);
}

export interface IngestRow {
  shape: string;
  characters: number;
  /** User + system CPU time, in seconds: less sensitive than wall time to a busy machine. */
  cpuS: number;
  wallS: number;
  /** The heap used after the run, in bytes. */
  heapBytes: number;
}

export function benchIngest(sizes: readonly number[]): IngestRow[] {
  const rows: IngestRow[] = [];
  for (const [shape, make] of Object.entries(SHAPES)) {
    for (const characters of sizes) {
      const text = make(characters);
      const [wall, cpu] = [performance.now(), process.cpuUsage()];
      inferSource(text, { today: new Date('2025-06-01') });
      const used = process.cpuUsage(cpu);
      rows.push({ shape, characters, cpuS: (used.user + used.system) / 1e6, wallS: (performance.now() - wall) / 1000, heapBytes: process.memoryUsage().heapUsed });
      console.error(`${shape}, ${characters.toLocaleString('en')} characters: ${rows.at(-1)!.cpuS.toFixed(2)} s`);
    }
  }
  return rows;
}

export function ingestTable(rows: readonly IngestRow[]): string {
  return [
    '| capture | characters | CPU time | wall time | heap after |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row.shape} | ${row.characters.toLocaleString('en')} | ${row.cpuS.toFixed(2)} s | ${row.wallS.toFixed(2)} s | ${Math.round(row.heapBytes / 2 ** 20)} MB |`),
  ].join('\n');
}
