/**
 * Builds the Pagefind index of the built site (dist/) with Pagefind's Node API.
 *
 * Each page is indexed from a copy made for Pagefind (see forIndexing: ’ as ',
 * which Pagefind splits words on); the served pages keep ’, and the search UI
 * puts ’ back in the excerpts it shows.
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { forIndexing } from '../src/lib/for-indexing.ts';
import { formatEventDate } from '../src/lib/format-date.ts';

/** The built site to index: `node scripts/index-search.ts [dir]`, dist/ by default. */
const DIST = process.argv[2] ?? 'dist';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !relative(DIST, path).startsWith('pagefind'));
}

interface TimelineRecord {
  id: string;
  title: string;
  summary: string;
  date: string;
  notBefore?: string;
  notAfter?: string;
  citations: { source: string; quote: string }[];
}

interface SourceRecord {
  id: string;
  outlet: string;
}

async function main(): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let pages = 0;
  for (const path of await htmlFiles(DIST)) {
    const html = await readFile(path, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const added = await index.addHTMLFile({ sourcePath: relative(DIST, path), content: forIndexing(html) });
    if (added.errors.length > 0) throw new Error(`${path}: ${added.errors.join('; ')}`);
    pages++;
  }
  // Timeline events are records of their own, so a search can be narrowed to them.
  const timeline = JSON.parse(await readFile(join(DIST, 'data/timeline.json'), 'utf8')) as TimelineRecord[];
  const sources = JSON.parse(await readFile(join(DIST, 'data/sources.json'), 'utf8')) as SourceRecord[];
  const outlets = new Map(sources.map((source) => [source.id, source.outlet]));
  for (const event of timeline) {
    const added = await index.addCustomRecord({
      url: `/#${event.id}`,
      content: forIndexing(`${event.title}. ${event.summary} ${event.citations.map((citation) => citation.quote).join(' ')}`),
      language: 'fr',
      // The date as the timeline says it: « entre 2015 et le 10 février 2025 », never « 2015 » alone.
      meta: { title: forIndexing(event.title), date: formatEventDate(event) },
      filters: { type: ['événement'], média: [...new Set(event.citations.map((citation) => outlets.get(citation.source) ?? citation.source))] },
    });
    if (added.errors.length > 0) throw new Error(`event ${event.id}: ${added.errors.join('; ')}`);
  }
  // The files are written here rather than by `index.writeFiles()`: once in a few
  // builds that left a file of the bundle empty (pagefind-modular-ui.js, 0 bytes,
  // a search page without search). The backend is killed by `close()` right after;
  // files taken from memory and written by this process leave no such race.
  const built = await index.getFiles();
  if (built.errors.length > 0) throw new Error(`Pagefind could not build the index: ${built.errors.join('; ')}`);
  await pagefind.close();
  const output = join(DIST, 'pagefind');
  await rm(output, { recursive: true, force: true });
  for (const file of built.files) {
    await mkdir(dirname(join(output, file.path)), { recursive: true });
    await writeFile(join(output, file.path), file.content);
  }
  console.log(`Pagefind: indexed ${pages} pages and ${timeline.length} timeline events into ${DIST}/pagefind/`);
}

await main();
