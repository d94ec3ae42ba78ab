import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { frontmatter, ROOT } from './helpers.ts';

/**
 * Issue 4: the site built right after `npm run ingest` is correct without
 * editing. Four captures of the labelled set (French in Windows-1252, an
 * English news page, an English blog glued on one line, a French news page
 * saved as UTF-16) are ingested with the
 * real command into a copy of the dossier, then the real build and search
 * index run on it, once for the whole file (about 10 s on an idle machine).
 *
 * The build runs in a copy of the project, not in this checkout: Astro writes
 * .astro/ into the project whatever --outDir says, and its content cache into
 * node_modules/.astro*, where a concurrent build of the real site would read
 * them. node_modules is linked entry by entry, its .astro* caches left out.
 */
const CASES = [
  // A word of the article's last paragraph, so that a search finds the end of the text too.
  { fixture: 'fr-windows-1252', word: 'municipalité' },
  { fixture: 'en-news-site', word: 'summer' },
  { fixture: 'en-glued-blog', word: 'slower' },
  // Saved as Windows Notepad's « Unicode » (UTF-16 LE with its byte-order mark): the build reads it as ingest did.
  { fixture: 'fr-news-site', word: 'usagers', utf16: true },
] as const;
const FIXTURES = join(ROOT, 'tests/fixtures/ingest');
const run = promisify(execFile);

let work: string;
let project: string;
let dist: string;
/** The id `npm run ingest` gave each fixture. */
const ids = new Map<string, string>();

/** `node <script> …args` in the copy, as `npm run …` runs it, on the copy's content (an absolute DOSSIER_CONTENT); on failure, the command's output in the error. */
async function node(args: string[]): Promise<string> {
  try {
    const env = { ...process.env, DOSSIER_CONTENT: join(project, 'content'), SITE_PREVIEW: '1' };
    const { stdout } = await run(process.execPath, args, { cwd: project, env, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`node ${args.join(' ')} failed:\n${stdout ?? ''}\n${stderr ?? ''}`.slice(-4000), { cause: error });
  }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'ingest-then-build-'));
  project = join(work, 'project');
  dist = join(work, 'dist');
  for (const entry of ['src', 'public', 'content', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    await cp(join(ROOT, entry), join(project, entry), { recursive: true });
  }
  await mkdir(join(project, 'node_modules'));
  for (const entry of await readdir(join(ROOT, 'node_modules'))) {
    if (!entry.startsWith('.astro')) await symlink(join(ROOT, 'node_modules', entry), join(project, 'node_modules', entry));
  }

  const captureOf = (c: (typeof CASES)[number]) => ('utf16' in c ? join(work, `${c.fixture}-utf16.txt`) : join(FIXTURES, c.fixture, 'capture.txt'));
  for (const c of CASES) {
    if ('utf16' in c) await writeFile(captureOf(c), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(await readFile(join(FIXTURES, c.fixture, 'capture.txt'), 'utf8'), 'utf16le')]));
  }
  const report = await node([join(project, 'scripts/ingest.ts'), ...CASES.map(captureOf)]);
  for (const match of report.matchAll(/^(?:\[\d+\/\d+\] )?added: (\S+) ← (.+)$/gmu)) {
    const fixture = CASES.find((c) => match[2] === captureOf(c))?.fixture;
    if (fixture) ids.set(fixture, match[1]!);
  }
  await node([join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist]);
  await node([join(project, 'scripts/index-search.ts'), dist]);
}, 240_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** The text of the page's article (the capture as kept), without markup or the paragraph anchors. */
function articleText(html: string): string {
  const region = /<div class="capture-text">([\s\S]*?)<\/div><\/section>/u.exec(html);
  if (!region) throw new Error('no <div class="capture-text"> in the page');
  return normalize(
    region[1]!
      .replace(/<a class="anchor"[^>]*>[^<]*<\/a>/gu, '')
      .replace(/<\/(?:p|h\d|li|blockquote)>/gu, '\n')
      .replace(/<[^>]+>/gu, '')
      .replace(/&#x([0-9a-f]+);/giu, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
      .replace(/&#(\d+);/gu, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
      .replace(/&quot;/gu, '"')
      .replace(/&lt;/gu, '<')
      .replace(/&gt;/gu, '>')
      .replace(/&amp;/gu, '&'),
  );
}

/** One space for any run of white space (the build puts narrow no-break spaces in French). */
const normalize = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** The first and last sentences of the text an editor expects (blocks joined by a blank line). */
function firstAndLast(text: string): [string, string] {
  const sentences = text.split(/\n\n|(?<=[.!?…»"])\s+(?=[\p{Lu}«"])/u).map(normalize).filter(Boolean);
  return [sentences[0]!, sentences.at(-1)!];
}

describe('a dossier built right after npm run ingest', { timeout: 60_000 }, () => {
  it('ingests each capture as a new source', () => {
    expect([...ids.keys()].sort()).toEqual(CASES.map((c) => c.fixture).sort());
  });

  describe.each(CASES)('with $fixture', ({ fixture, word }) => {
    const page = () => readFile(join(dist, 'sources', ids.get(fixture)!, 'index.html'), 'utf8');

    it('has the source’s page, whose article runs from the expected first sentence to the expected last', async () => {
      const expected = JSON.parse(await readFile(join(FIXTURES, fixture, 'expected.json'), 'utf8')) as { text: string };
      const text = articleText(await page());
      const [first, last] = firstAndLast(expected.text);
      expect(text.startsWith(first), `the article starts with « ${first} »; it starts with « ${text.slice(0, 200)} »`).toBe(true);
      expect(text.endsWith(last), `the article ends with « ${last} »; it ends with « ${text.slice(-200)} »`).toBe(true);
    });

    it('keeps none of the removed parts in the article’s text', async () => {
      const mdx = await readFile(join(project, 'content/sources', `${ids.get(fixture)!}.mdx`), 'utf8');
      const written = (frontmatter(mdx) as { removed: unknown[] }).removed;
      const built = JSON.parse(await readFile(join(dist, 'data/sources', `${ids.get(fixture)!}.json`), 'utf8')) as { removed: { text: string }[] };
      expect(written.length).toBeGreaterThan(0);
      expect(built.removed).toHaveLength(written.length);
      const text = articleText(await page());
      for (const part of built.removed) expect(text).not.toContain(normalize(part.text));
    });

    it('is found by a search for a word of its last paragraph', async () => {
      const urls = await search(word);
      expect(urls).toContain(`/sources/${ids.get(fixture)!}/`);
    });
  });

  it('still lists every event of the timeline in /data/timeline.json', async () => {
    const events = parseYaml(await readFile(join(project, 'content/timeline.yaml'), 'utf8')) as { id: string }[];
    const built = JSON.parse(await readFile(join(dist, 'data/timeline.json'), 'utf8')) as { id: string }[];
    expect(built.map((event) => event.id).sort()).toEqual(events.map((event) => event.id).sort());
    await expect(readFile(join(dist, 'index.html'), 'utf8')).resolves.toContain(events[0]!.id);
  });
});

/**
 * The URLs of the pages a search finds, with the site's own pagefind.js (the
 * script the search page loads) run in Node: its fetches of the index are
 * answered from the built files, so nothing is served and nothing leaves the disk.
 */
async function search(term: string): Promise<string[]> {
  const real = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'file:') throw new Error(`the search fetched ${url.href}, outside the built site`);
    return new Response(await readFile(fileURLToPath(url)));
  };
  try {
    const pagefind = (await import(/* @vite-ignore */ pathToFileURL(join(dist, 'pagefind/pagefind.js')).href)) as PagefindApi;
    await pagefind.options({ baseUrl: '/' });
    const found = await pagefind.search(term);
    return Promise.all(found.results.map(async (result) => (await result.data()).url));
  } finally {
    globalThis.fetch = real;
  }
}

interface PagefindApi {
  options(options: { baseUrl?: string }): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}
