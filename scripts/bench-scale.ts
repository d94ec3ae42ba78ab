/**
 * Scale benchmark: builds synthetic dossiers of growing size and a baseline of
 * the same texts as plain Astro pages, and reports build time per source, the
 * build's phases and its slowest kinds of page, dist and index sizes, and the
 * bytes a first search downloads.
 *
 * `node scripts/bench-scale.ts [counts=100,1000,5000]`; results in bench/results/scale.json.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import * as pagefind from 'pagefind';
import { chromiumLaunch } from '../tests/e2e/chromium-path.ts';
import { generateDossier, seedSentences, type GeneratedCapture } from './bench-generate.ts';

const ROOT = resolve(import.meta.dirname, '..');
const NODE = process.execPath;
/**
 * Pages left out of the copy that is built (BENCH_DROP_PAGES=couverture,…):
 * a diagnosis, to measure the rest when one page cannot be built at some size.
 */
const DROP_PAGES = (process.env.BENCH_DROP_PAGES ?? '').split(',').filter(Boolean);
/** A build longer than this is stopped and reported as such. */
const BUILD_LIMIT_MS = Number(process.env.BENCH_BUILD_LIMIT_S ?? 1800) * 1000;

interface Run {
  ms: number;
  log: string;
  ok: boolean;
  /** The most memory the process held (VmHWM, read from /proc every 200 ms), in bytes; 0 where /proc is missing. */
  peakBytes: number;
}

/** The process's resident high-water mark so far, from /proc (Linux), in bytes. */
async function highWaterMark(pid: number | undefined): Promise<number> {
  if (pid === undefined) return 0;
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = /^VmHWM:\s+(\d+) kB/mu.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : 0;
}

/** Runs a command, keeping its output; stops it past the time limit. */
function run(command: string, args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<Run> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, SITE_PREVIEW: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), BUILD_LIMIT_MS);
    let peakBytes = 0;
    const sampler = setInterval(() => {
      void highWaterMark(child.pid).then((bytes) => (peakBytes = Math.max(peakBytes, bytes)));
    }, 200);
    child.on('close', (code) => {
      clearTimeout(timer);
      clearInterval(sampler);
      done({ ms: performance.now() - started, log, ok: code === 0, peakBytes });
    });
  });
}

async function sizeOf(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const entry of await readdir(path, {
    withFileTypes: true,
    recursive: true,
  })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** Astro's log: seconds of each phase, and the render time of each route (`├─ /path (+12ms)`), grouped by kind of page. */
function phases(log: string) {
  const clean = log.replace(/\x1b\[[0-9;]*m/gu, '');
  /** Astro writes a duration as `12.5s` or `1m 27s`. */
  const seconds = (pattern: RegExp) => {
    const match = pattern.exec(clean);
    return match ? Number(match[1] ?? 0) * 60 + Number(match[2]) : Number.NaN;
  };
  const clock = (pattern: RegExp) => {
    const match = pattern.exec(clean);
    if (!match) return Number.NaN;
    const [h, m, s] = match[1]!.split(':').map(Number) as [number, number, number];
    return h * 3600 + m * 60 + s;
  };
  const routes = new Map<string, { pages: number; ms: number }>();
  for (const [, path, ms] of clean.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/gu)) {
    const kind = path!.replace(/capture-\d+/u, '[id]').replace(/^\/entites\/[^/]+\//u, '/entites/[id]/');
    const entry = routes.get(kind) ?? { pages: 0, ms: 0 };
    entry.pages++;
    entry.ms += Number(ms);
    routes.set(kind, entry);
  }
  return {
    syncS: clock(/(\d\d:\d\d:\d\d) \[content\] Synced content/u) - clock(/(\d\d:\d\d:\d\d) \[content\] Syncing content/u),
    bundleS: clock(/(\d\d:\d\d:\d\d) \[build\] Rearranging server assets/u) - clock(/(\d\d:\d\d:\d\d) \[build\] Building static entrypoints/u),
    routesS: seconds(/generating static routes[\s\S]*?✓ Completed in (?:(\d+)m )?([\d.]+)s/u),
    routes: [...routes].map(([kind, entry]) => ({ kind, ...entry })).sort((a, b) => b.ms - a.ms),
  };
}

/** Serves `dir`, runs one search in Chromium and sums what it fetched from /pagefind/, raw and gzipped. */
async function firstSearch(dir: string, port: number): Promise<FirstSearch> {
  const server = spawn(NODE, [join(ROOT, 'scripts/serve.ts'), dir, String(port)], { stdio: 'ignore' });
  try {
    await new Promise((done) => setTimeout(done, 800));
    const browser = await chromium.launch({
      ...chromiumLaunch(),
      args: ['--no-sandbox', '--disable-gpu'],
    });
    const page = await browser.newPage();
    const bodies: Promise<{ path: string; body: Buffer } | undefined>[] = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.includes('/pagefind/'))
        bodies.push(
          response.body().then(
            (body) => ({ path, body }),
            () => undefined,
          ),
        );
    });
    await page.goto(`http://127.0.0.1:${port}/recherche/?q=Musk`);
    await page.locator('.search-result-link').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const loaded = (await Promise.all(bodies)).filter((item) => item !== undefined);
    await browser.close();
    const byKind: Record<string, number> = {};
    for (const { path, body } of loaded) {
      // What each part costs: the UI, the search engine, the index chunks, the result fragments.
      const kind = /pagefind-modular-ui\./u.test(path) ? 'ui' : /\.(js|pagefind)$/u.test(path) ? 'engine' : /fragment\//u.test(path) ? 'fragments' : 'index';
      byKind[kind] = (byKind[kind] ?? 0) + body.length;
    }
    return {
      raw: loaded.reduce((sum, { body }) => sum + body.length, 0),
      gzip: loaded.reduce((sum, { body }) => sum + gzipSync(body).length, 0),
      files: loaded.length,
      byKind,
    };
  } finally {
    server.kill();
  }
}

/**
 * A copy of the project to build: Astro writes .astro/ (prerender chunks,
 * types) into the project whatever --outDir says, so a build here must not
 * share a checkout with someone else's. node_modules is linked entry by entry
 * so that the copy's caches (node_modules/.astro*) stay its own.
 */
export async function copyProject(to: string): Promise<string> {
  await rm(to, { recursive: true, force: true });
  for (const entry of ['src', 'public', 'content', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    await cp(join(ROOT, entry), join(to, entry), { recursive: true });
  }
  for (const page of DROP_PAGES) await rm(join(to, 'src/pages', page), { recursive: true, force: true });
  await mkdir(join(to, 'node_modules'));
  for (const entry of await readdir(join(ROOT, 'node_modules'))) {
    if (!entry.startsWith('.astro')) await symlink(join(ROOT, 'node_modules', entry), join(to, 'node_modules', entry));
  }
  return to;
}

/**
 * A minimal Astro project that publishes the same captures as plain pages: no
 * annotations, no timeline, no navigation. With `companions`, each page also
 * renders its capture's companion MDX (a content collection, as the dossier
 * has): the floor of a site with an MDX page per source.
 */
async function writeBaseline(dir: string, contentDir: string, companions: boolean): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'src/pages/sources'), { recursive: true });
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  await writeFile(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  await writeFile(
    join(dir, 'astro.config.mjs'),
    // The same build settings as the dossier's (eight pages in flight), so that the ratio compares the pages, not the settings.
    `import { defineConfig } from 'astro/config';
${companions ? "import mdx from '@astrojs/mdx';\n" : ''}export default defineConfig({ ${companions ? 'integrations: [mdx()], ' : ''}trailingSlash: 'always', cacheDir: './.astro-cache', build: { format: 'directory', concurrency: 8 } });
`,
  );
  const sources = join(contentDir, 'sources');
  const load = `import { readFileSync, readdirSync } from 'node:fs';
const dir = ${JSON.stringify(sources)};
export const captures = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort().map((name) => ({ id: name.slice(0, -4), lines: readFileSync(dir + '/' + name, 'utf8').split('\\n').filter((line) => line.trim()) }));
`;
  await writeFile(join(dir, 'src/captures.ts'), load);
  if (companions) {
    await writeFile(
      join(dir, 'src/content.config.ts'),
      `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { sources: defineCollection({ loader: glob({ pattern: '*.mdx', base: ${JSON.stringify(sources)} }) }) };
`,
    );
  }
  await writeFile(
    join(dir, 'src/pages/sources/[id].astro'),
    `---
import { captures } from '../../captures.ts';
${companions ? "import { getEntry, render } from 'astro:content';\n" : ''}export function getStaticPaths() { return captures.map((capture) => ({ params: { id: capture.id }, props: { capture } })); }
const { capture } = Astro.props;
${companions ? "const { Content } = await render((await getEntry('sources', capture.id))!);\n" : ''}---
<html lang="fr"><head><meta charset="utf-8" /><title>{capture.lines[0]}</title></head>
<body><main data-pagefind-body><h1>{capture.lines[0]}</h1>${companions ? '<Content />' : ''}{capture.lines.slice(1).map((line) => <p>{line}</p>)}</main></body></html>
`,
  );
  await writeFile(
    join(dir, 'src/pages/index.astro'),
    `---
import { captures } from '../captures.ts';
---
<html lang="fr"><head><meta charset="utf-8" /><title>Sources</title></head>
<body><ul>{captures.map((capture) => <li><a href={\`/sources/\${capture.id}/\`}>{capture.lines[0]}</a></li>)}</ul></body></html>
`,
  );
}

/** Bytes of /pagefind/ files one search downloads: as served (Pagefind's index chunks are gzip already) and gzipped. */
export interface FirstSearch {
  raw: number;
  gzip: number;
  files: number;
  byKind: Record<string, number>;
}

/** A build measured: `astro build`'s time and memory, its search index, its output. */
interface Baseline {
  ok: boolean;
  buildS: number;
  msPerSource: number;
  /** The most memory `astro build` held. */
  buildPeakBytes: number;
  indexS: number;
  distBytes: number;
  indexBytes: number;
}

export interface ScaleRow extends Baseline {
  captures: number;
  /** The build's first error line, when it failed. */
  error?: string;
  /** Pages left out of the build (BENCH_DROP_PAGES). */
  dropped: string[];
  sourcePageBytes: number;
  firstSearch: FirstSearch;
  phases: ReturnType<typeof phases>;
  /** The same texts as plain pages. */
  baseline: Baseline;
  /** The same, each page rendering its companion MDX: the floor of an MDX page per source. */
  baselineMdx: Baseline;
}

/** Builds a baseline project (see writeBaseline) and its search index, measures them, and deletes them. */
async function buildBaseline(dir: string, content: string, count: number, companions: boolean): Promise<Baseline> {
  await writeBaseline(dir, content, companions);
  const build = await run(NODE, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(dir, 'dist')], { cwd: dir });
  if (!build.ok) console.log(`  baseline${companions ? ' with MDX' : ''} failed: ${build.log.slice(-1500)}`);
  const indexStarted = performance.now();
  const { index } = await pagefind.createIndex({ forceLanguage: 'fr' });
  await index!.addDirectory({ path: join(dir, 'dist') });
  await index!.writeFiles({ outputPath: join(dir, 'dist/pagefind') });
  const result = {
    ok: build.ok,
    buildS: build.ms / 1000,
    msPerSource: build.ms / count,
    buildPeakBytes: build.peakBytes,
    indexS: (performance.now() - indexStarted) / 1000,
    distBytes: await sizeOf(join(dir, 'dist')),
    indexBytes: await sizeOf(join(dir, 'dist/pagefind')),
  };
  await rm(dir, { recursive: true, force: true });
  return result;
}

export async function benchScale(counts: readonly number[]): Promise<ScaleRow[]> {
  const work = join(tmpdir(), `dossier-bench-${process.pid}`);
  await mkdir(work, { recursive: true });
  const project = await copyProject(join(work, 'project'));
  const astro = join(project, 'node_modules/astro/bin/astro.mjs');
  if (DROP_PAGES.length > 0) console.log(`Left out of the build: src/pages/${DROP_PAGES.join(', src/pages/')}`);
  const seedSite = join(work, 'seed');
  console.log('Building the real dossier once for its sentences…');
  const seed = await run(NODE, [astro, 'build', '--outDir', seedSite], {
    cwd: project,
  });
  if (!seed.ok) throw new Error(`astro build of the real dossier failed:\n${seed.log.slice(-3000)}`);
  const sentences = await seedSentences(seedSite);
  const entities = await readFile(join(ROOT, 'content/entities.yaml'), 'utf8');
  const rows: ScaleRow[] = [];
  for (const count of counts) {
    const content = join(work, `content-${count}`);
    const dist = join(work, `dist-${count}`);
    console.log(`\n${count} captures: generating…`);
    const captures: GeneratedCapture[] = await generateDossier(content, count, sentences, entities);
    // The content dir is given relative to the project: Astro's glob loader resolves its base against the root.
    const contentArg = relative(project, content);
    // A cold build each time: no content cache from a previous size.
    for (const entry of await readdir(join(project, 'node_modules'))) {
      if (entry.startsWith('.astro'))
        await rm(join(project, 'node_modules', entry), {
          recursive: true,
          force: true,
        });
    }
    console.log(`${count} captures: astro build…`);
    const build = await run(NODE, [astro, 'build', '--outDir', dist], {
      cwd: project,
      env: { DOSSIER_CONTENT: contentArg },
    });
    const index = build.ok
      ? await run(NODE, [join(project, 'scripts/index-search.ts'), dist], {
          cwd: project,
        })
      : { ms: 0, ok: false, log: '', peakBytes: 0 };
    const error = build.ok ? undefined : (/\[ERROR\].*/u.exec(build.log.replace(/\x1b\[[0-9;]*m/gu, ''))?.[0] ?? build.log.slice(-500));
    if (!build.ok) console.log(`  build failed or stopped after ${(build.ms / 1000).toFixed(0)} s: ${error}`);
    const sample = join(dist, 'sources', captures[Math.floor(count / 2)]!.id, 'index.html');

    console.log(`${count} captures: baselines…`);
    const baseline = await buildBaseline(join(work, `baseline-${count}`), content, count, false);
    const baselineMdx = await buildBaseline(join(work, `baseline-mdx-${count}`), content, count, true);

    const row: ScaleRow = {
      captures: count,
      ok: build.ok && index.ok,
      ...(error ? { error } : {}),
      dropped: DROP_PAGES,
      buildS: build.ms / 1000,
      msPerSource: build.ms / count,
      buildPeakBytes: build.peakBytes,
      indexS: index.ms / 1000,
      distBytes: await sizeOf(dist),
      indexBytes: await sizeOf(join(dist, 'pagefind')),
      sourcePageBytes: await sizeOf(sample),
      firstSearch: index.ok ? await firstSearch(dist, 4501) : { raw: 0, gzip: 0, files: 0, byKind: {} },
      phases: phases(build.log),
      baseline,
      baselineMdx,
    };
    rows.push(row);
    console.log(
      JSON.stringify(
        {
          ...row,
          phases: { ...row.phases, routes: row.phases.routes.slice(0, 6) },
        },
        null,
        2,
      ),
    );
    // Thousands of pages: keep the disk for the next size.
    await rm(dist, { recursive: true, force: true });
    await rm(content, { recursive: true, force: true });
  }
  await pagefind.close();
  await rm(work, { recursive: true, force: true });
  return rows;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;

/**
 * What one more capture costs: the build time added from the previous size,
 * divided by the captures added (the start-up cost cancels out). Astro's
 * per-route times no longer measure this: with eight pages in flight, a page's
 * time includes its neighbours'.
 */
function marginalMs(rows: readonly ScaleRow[], at: number): number {
  const row = rows[at];
  const previous = rows[at - 1];
  if (!row || !previous) return Number.NaN;
  return ((row.buildS - previous.buildS) * 1000) / (row.captures - previous.captures);
}

/** The table for README. */
export function scaleTable(rows: readonly ScaleRow[]): string {
  const firstMarginal = marginalMs(rows, 1);
  const lines = [
    '| captures | build | build ÷ captures | cost of one more capture | drift | build memory (baseline) | baseline build | vs baseline | baseline + MDX companions | vs baseline + MDX | search index build | dist (baseline) | one source page | index size | first search, raw / gzip |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((row, at) => {
      const marginal = marginalMs(rows, at);
      const shown = Number.isNaN(marginal) ? '–' : `${marginal.toFixed(1)} ms`;
      const drift = Number.isNaN(marginal) ? '–' : `${(marginal / firstMarginal).toFixed(2)}x`;
      return !row.ok
        ? `| ${row.captures.toLocaleString('en')} | fails after ${row.buildS.toFixed(0)} s: ${row.error ?? 'see the log'} | | | | | ${row.baseline.buildS.toFixed(1)} s | | ${row.baselineMdx.buildS.toFixed(1)} s | | | | | | |`
        : `| ${row.captures.toLocaleString('en')} | ${row.buildS.toFixed(1)} s | ${row.msPerSource.toFixed(1)} ms | ${shown} | ${drift} | ${gb(row.buildPeakBytes)} (${gb(row.baseline.buildPeakBytes)}) | ${row.baseline.buildS.toFixed(1)} s | ${(row.buildS / row.baseline.buildS).toFixed(1)}x | ${row.baselineMdx.buildS.toFixed(1)} s (${(row.baselineMdx.buildS / row.baseline.buildS).toFixed(1)}x the baseline) | ${(row.buildS / row.baselineMdx.buildS).toFixed(1)}x | ${row.indexS.toFixed(1)} s | ${mb(row.distBytes)} (${mb(row.baseline.distBytes)}) | ${kb(row.sourcePageBytes)} | ${kb(row.indexBytes)} | ${kb(row.firstSearch.raw)} / ${kb(row.firstSearch.gzip)} |`;
    }),
  ];
  return lines.join('\n');
}
