/**
 * `npm run bench [-- lighthouse | scale [100,1000,5000] | ingest [125000,…]]`: the benchmarks
 * that are not tests (they take minutes and their numbers depend on the
 * machine). Prints README-ready tables and writes bench/results/*.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { benchIngest, ingestTable } from './bench-ingest.ts';
import { benchLighthouse, lighthouseTable } from './bench-lighthouse.ts';
import { benchScale, scaleTable } from './bench-scale.ts';

const ROOT = resolve(import.meta.dirname, '..');
const [what = 'all', countsArg] = process.argv.slice(2);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`;
await mkdir(join(ROOT, 'bench/results'), { recursive: true });

if (what === 'all' || what === 'lighthouse') {
  const rows = await benchLighthouse();
  await writeFile(join(ROOT, 'bench/results/lighthouse.json'), `${JSON.stringify({ machine, date: new Date().toISOString(), rows }, null, 2)}\n`);
  console.log(`\n${lighthouseTable(rows)}\n`);
}

if (what === 'all' || what === 'scale') {
  const counts = (countsArg ?? '100,1000,5000').split(',').map(Number);
  const rows = await benchScale(counts);
  const dropped = process.env.BENCH_DROP_PAGES ? `-without-${process.env.BENCH_DROP_PAGES.replaceAll(',', '-')}` : '';
  await writeFile(join(ROOT, `bench/results/scale${dropped}.json`), `${JSON.stringify({ machine, date: new Date().toISOString(), rows }, null, 2)}\n`);
  console.log(`\n${scaleTable(rows)}\n`);
}

if (what === 'all' || what === 'ingest') {
  const rows = benchIngest((countsArg ?? '125000,250000,500000,1000000').split(',').map(Number));
  await writeFile(join(ROOT, 'bench/results/ingest.json'), `${JSON.stringify({ machine, date: new Date().toISOString(), rows }, null, 2)}\n`);
  console.log(`\n${ingestTable(rows)}\n`);
}
