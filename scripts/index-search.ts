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
import { ENTITY_KIND_LABELS } from '../src/lib/entity-kinds.ts';
import { toFilterValue } from '../src/lib/filter-value.ts';
import { forIndexing, textForIndexing } from '../src/lib/for-indexing.ts';
import { frenchSpacing } from '../src/lib/typeset-html.ts';
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

interface EntityRecord {
  id: string;
  name: string;
  kind: keyof typeof ENTITY_KIND_LABELS;
  aliases: string[];
  description: string;
}

interface DivergenceRecord {
  id: string;
  topic: string;
  summary: string;
  positions: { claim: string }[];
}

/** A record's text as a page would show it (the open data keeps the text as written): French spacing, for Pagefind. */
const asShown = (text: string) => textForIndexing(frenchSpacing(text));

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** A record that is not a page (an event, a name, a divergence); what it is, in Pagefind's error. */
async function addRecord(index: Index, what: string, record: Parameters<Index['addCustomRecord']>[0]): Promise<void> {
  const added = await index.addCustomRecord(record);
  if (added.errors.length > 0) throw new Error(`${what}: ${added.errors.join('; ')}`);
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
    await addRecord(index, `event ${event.id}`, {
      url: `/#${event.id}`,
      content: asShown(`${event.title}. ${event.summary} ${event.citations.map((citation) => citation.quote).join(' ')}`),
      language: 'fr',
      // The date as the timeline says it: « entre 2015 et le 10 février 2025 », never « 2015 » alone.
      meta: { title: asShown(event.title), date: formatEventDate(event) },
      filters: { type: ['événement'], média: [...new Set(event.citations.map((citation) => toFilterValue(outlets.get(citation.source) ?? citation.source)))] },
    });
  }
  // The index of names and the divergences: one record each, the editors' words about them (the
  // passages they cite are the sources', found on the sources' pages), so that « Toberoff » finds
  // Marc Toberoff's page and « vendre » the point on which the sources disagree.
  const entities = JSON.parse(await readFile(join(DIST, 'data/entities.json'), 'utf8')) as EntityRecord[];
  for (const entity of entities) {
    const otherNames = entity.aliases.filter((alias) => alias !== entity.name);
    await addRecord(index, `entity ${entity.id}`, {
      url: `/entites/${entity.id}/`,
      // « Marc Toberoff (aussi écrit : Toberoff). Avocat d’Elon Musk… », as the name's page says it.
      content: asShown(`${entity.name}${otherNames.length > 0 ? ` (aussi écrit : ${otherNames.join(', ')})` : ''}. ${entity.description}`),
      language: 'fr',
      meta: { title: asShown(entity.name), catégorie: ENTITY_KIND_LABELS[entity.kind].one },
      filters: { type: ['nom'] },
    });
  }
  const divergences = JSON.parse(await readFile(join(DIST, 'data/divergences.json'), 'utf8')) as DivergenceRecord[];
  for (const divergence of divergences) {
    await addRecord(index, `divergence ${divergence.id}`, {
      url: `/divergences/#${divergence.id}`,
      content: asShown(`${divergence.topic}. ${divergence.summary} ${divergence.positions.map((position) => position.claim).join('. ')}`),
      language: 'fr',
      meta: { title: asShown(divergence.topic) },
      filters: { type: ['divergence'] },
    });
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
  console.log(`Pagefind: indexed ${pages} pages, ${timeline.length} timeline events, ${entities.length} names and ${divergences.length} divergences into ${DIST}/pagefind/`);
}

await main();
