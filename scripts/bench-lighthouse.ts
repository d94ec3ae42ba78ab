/**
 * Lighthouse on the home page, a source page and the search page of a build
 * served locally (no network needed), in Lighthouse's mobile and desktop
 * settings: the four category scores of each.
 *
 * `node scripts/bench-lighthouse.ts`; CHROME_PATH picks the browser (default /usr/bin/chromium).
 */
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { copyProject } from './bench-scale.ts';

const ROOT = resolve(import.meta.dirname, '..');
const NODE = process.execPath;
const PORT = 4502;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PAGES = ['/', '/sources/sciencepost-consortium-musk-openai/', '/recherche/', '/recherche/?q=Toberoff'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** Runs per page: performance varies from run to run on a shared machine; the median is kept. */
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

export interface LighthouseRow {
  page: string;
  preset: 'mobile' | 'desktop';
  /** The median of the runs. */
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Every run's performance score. */
  performanceRuns: number[];
  /** Every run's cumulative layout shift: what kept the search page below 100. */
  layoutShiftRuns: number[];
  /** Audits below a full score in any run, with their titles: what to look at. */
  misses: string[];
}

function run(command: string, args: string[], env: Record<string, string> = {}, cwd = ROOT): Promise<{ ok: boolean; log: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, SITE_PREVIEW: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk));
    child.on('close', (code) => done({ ok: code === 0, log }));
  });
}

/** The Lighthouse version the bench runs; installed on demand, not by `npm ci` (it is ≈ 200 packages, for the bench alone). */
const LIGHTHOUSE = 'lighthouse@12.8.2';
const TOOLS = join(ROOT, 'bench/.tools');

/** Lighthouse's command, installed into bench/.tools/ on first use. */
async function lighthouseBin(): Promise<string> {
  const bin = join(TOOLS, 'node_modules/.bin/lighthouse');
  if (existsSync(bin)) return bin;
  console.log(`Installing ${LIGHTHOUSE} into bench/.tools/ (once; the bench alone uses it)…`);
  const install = await run('npm', ['install', '--prefix', TOOLS, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', LIGHTHOUSE]);
  if (!install.ok || !existsSync(bin)) throw new Error(`npm install ${LIGHTHOUSE} failed:\n${install.log.slice(-3000)}\nHint: check the npm registry is reachable, or install it yourself: npm install --prefix bench/.tools ${LIGHTHOUSE}`);
  return bin;
}

/** One Lighthouse run: the category scores and the audits that fell short. */
async function lighthouseOnce(url: string, preset: LighthouseRow['preset'], work: string) {
  const report = join(work, 'report.json');
  const result = await run(
    await lighthouseBin(),
    [
      url,
      '--quiet',
      '--output=json',
      `--output-path=${report}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    ],
    { CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
  );
  if (!result.ok) throw new Error(`lighthouse ${url} failed:\n${result.log.slice(-3000)}`);
  const lhr = JSON.parse(await readFile(report, 'utf8')) as {
    categories: Record<string, { score: number; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string; numericValue?: number }>;
  };
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(lhr.categories[id]!.score * 100)])) as LighthouseRow['scores'];
  const misses = CATEGORIES.flatMap((id) =>
    lhr.categories[id]!.auditRefs.filter((ref) => ref.weight > 0)
      .map((ref) => ({ id: ref.id, audit: lhr.audits[ref.id]! }))
      .filter(({ audit }) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
      .map(({ id: audit, audit: { title } }) => `${id}/${audit}: ${title}`),
  );
  const layoutShift = Math.round((lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN) * 1000) / 1000;
  return { scores, misses, layoutShift };
}

export async function benchLighthouse(): Promise<LighthouseRow[]> {
  const work = await mkdtemp(join(tmpdir(), 'dossier-lighthouse-'));
  const dist = join(work, 'dist');
  // The public origin is the one served here, so canonical links and the sitemap are the page's own.
  console.log('Building the site for Lighthouse…');
  const project = await copyProject(join(work, 'project'));
  const build = await run(NODE, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], { SITE_URL: ORIGIN }, project);
  if (!build.ok) throw new Error(`astro build failed:\n${build.log.slice(-3000)}`);
  const index = await run(NODE, [join(project, 'scripts/index-search.ts'), dist], {}, project);
  if (!index.ok) throw new Error(`search index failed:\n${index.log.slice(-3000)}`);
  const server = spawn(NODE, [join(ROOT, 'scripts/serve.ts'), dist, String(PORT)], { stdio: 'ignore' });
  const rows: LighthouseRow[] = [];
  try {
    await new Promise((done) => setTimeout(done, 800));
    for (const preset of ['mobile', 'desktop'] as const) {
      for (const page of PAGES) {
        const runs: { scores: LighthouseRow['scores']; misses: string[]; layoutShift: number }[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await lighthouseOnce(`${ORIGIN}${page}`, preset, work));
        const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
        const scores = Object.fromEntries(CATEGORIES.map((id) => [id, median(runs.map((one) => one.scores[id]))])) as LighthouseRow['scores'];
        const misses = [...new Set(runs.flatMap((one) => one.misses))];
        const performanceRuns = runs.map((one) => one.scores.performance);
        const layoutShiftRuns = runs.map((one) => one.layoutShift);
        rows.push({ page, preset, scores, performanceRuns, layoutShiftRuns, misses });
        console.log(`${preset} ${page}: ${CATEGORIES.map((id) => `${id} ${scores[id]}`).join(', ')} (performance runs: ${performanceRuns.join(', ')}; CLS: ${layoutShiftRuns.join(', ')})${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`);
      }
    }
  } finally {
    server.kill();
    await rm(work, { recursive: true, force: true });
  }
  return rows;
}

/** The table for README. */
export function lighthouseTable(rows: readonly LighthouseRow[]): string {
  return [
    '| page | preset | performance (median; runs) | accessibility | best practices | SEO |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| \`${row.page}\` | ${row.preset} | ${row.scores.performance} (${row.performanceRuns.join(', ')}) | ${row.scores.accessibility} | ${row.scores['best-practices']} | ${row.scores.seo} |`,
    ),
  ].join('\n');
}
