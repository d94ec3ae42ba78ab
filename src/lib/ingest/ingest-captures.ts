import { createHash } from 'node:crypto';
import { readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { decodeCapture } from '../decode-capture.ts';
import { buildArticle } from '../build-article.ts';
import { INFERABLE_FIELDS, sourceSchema } from '../schemas.ts';
import { splitCompanion } from '../split-companion.ts';
import { withoutForbiddenCharacters } from '../without-forbidden-characters.ts';
import { inferSource, type InferredSource } from './infer-source.ts';
import { isSummaryPlaceholder, renderSourceMdx, SUMMARY_PLACEHOLDER, type SourceFrontmatter } from './render-source-mdx.ts';

export interface IngestOptions {
  /** The content folder (the one holding sources/): `content`, or DOSSIER_CONTENT. */
  contentDir: string;
  /** Replace a source that has the same id. */
  force: boolean;
  /** The day of ingestion (a capture with no date at all is dated by its year). */
  today: Date;
  /** The id to give the (one) capture instead of the one inferred: its page's address. */
  id?: string;
}

export type IngestResult =
  | {
      file: string;
      status: 'written';
      id: string;
      encoding: 'utf-8' | 'windows-1252';
      source: InferredSource;
      /** The files written, relative to the working folder. */
      written: [string, string];
      replaced: boolean;
      /** What the editors wrote in the companion that was replaced, carried into the new one: `summary`, `2 notes`, `1 speaker`. */
      kept: string[];
    }
  | { file: string; status: 'duplicate'; existing: string }
  | { file: string; status: 'failed'; error: string };

/** A capture is text: a few control characters (other than tab, line and page breaks) per thousand at most. */
const MAX_CONTROL_SHARE = 0.001;

/**
 * Ingests each capture on its own: reads and decodes it, infers its
 * companion, and writes both into `<contentDir>/sources/` — the capture byte
 * for byte, each file through a temporary file renamed into place, the .mdx
 * first so that a .txt never stands without it. A capture whose bytes are
 * already in the dossier is reported, not copied again; an existing source
 * is replaced only with `force`. Failures are returned, one line each,
 * naming the file; nothing is written for them.
 */
export async function ingestCaptures(files: readonly string[], options: IngestOptions): Promise<IngestResult[]> {
  const sourcesDir = join(options.contentDir, 'sources');
  const known = await knownCaptures(sourcesDir);
  const results: IngestResult[] = [];
  const idsThisRun = new Map<string, string>();
  for (const file of files) {
    const result = await ingestOne(file, sourcesDir, known, idsThisRun, options);
    results.push(result);
  }
  return results;
}

/** The SHA-256 of each capture already in the dossier, to its file name; `undefined` when the folder is missing. */
async function knownCaptures(sourcesDir: string): Promise<Map<string, string> | undefined> {
  let names: string[];
  try {
    names = (await readdir(sourcesDir)).filter((name) => name.endsWith('.txt'));
  } catch {
    return undefined;
  }
  const known = new Map<string, string>();
  for (const name of names) known.set(sha256(await readFile(join(sourcesDir, name))), name);
  return known;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function ingestOne(
  file: string,
  sourcesDir: string,
  known: Map<string, string> | undefined,
  idsThisRun: Map<string, string>,
  options: IngestOptions,
): Promise<IngestResult> {
  const fail = (error: string): IngestResult => ({ file, status: 'failed', error });
  if (!known) return fail(`${file}: the content folder ${sourcesDir}/ does not exist. Hint: run from the project's root, or set DOSSIER_CONTENT to the folder that holds sources/.`);
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return fail(`${file}: is a folder, not a capture. Hint: pass the capture files inside it, e.g. ${join(file, '*.txt')}.`);
    if (!info.isFile()) return fail(`${file}: is not a regular file. Hint: pass a .txt capture.`);
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail(`${file}: no such file or folder. Hint: check the path (a relative path starts from the folder the command runs in).`);
    if (code === 'EACCES') return fail(`${file}: cannot be read (permission denied). Hint: check the file's permissions.`);
    return fail(`${file}: cannot be read (${(error as Error).message}).`);
  }
  let decoded: ReturnType<typeof decodeCapture>;
  try {
    decoded = decodeCapture(bytes, file);
  } catch (error) {
    return fail((error as Error).message);
  }
  const controls = decoded.text.match(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/gu)?.length ?? 0;
  if (controls > Math.max(1, decoded.text.length * MAX_CONTROL_SHARE)) {
    return fail(`${file}: the capture is not text (it holds ${controls} control characters). Hint: save the page's text as a .txt file, not the page itself.`);
  }
  // The text as the build reads it (see src/data/load-dossier.ts): the title and quotes inferred from it
  // hold none of the characters no published file may, such as the one control character let through above.
  const text = withoutForbiddenCharacters(decoded.text);

  let source: InferredSource;
  try {
    source = inferSource(text, { today: options.today });
    // What the build will read back must be what was inferred, and valid.
    sourceSchema.parse(frontMatterOf(renderSourceMdx(source.data)));
  } catch (error) {
    return fail(`${file}: could not infer a valid companion (${(error as Error).message.split('\n')[0]}). Hint: write content/sources/<id>.mdx by hand (see README, "Adding a source").`);
  }

  let id = options.id ?? source.id;
  const existing = known.get(decoded.sha256);
  // A capture put in content/sources/ by hand, without its companion: write the companion for it, under its name.
  const orphan = existing !== undefined && !(await pathExists(join(sourcesDir, existing.replace(/\.txt$/u, '.mdx'))));
  if (orphan) id = existing.replace(/\.txt$/u, '');
  if (existing && !orphan && !(options.force && existing === `${id}.txt`)) return { file, status: 'duplicate', existing: join(sourcesDir, existing) };
  const earlier = idsThisRun.get(id);
  if (earlier) return fail(`${file}: gets the id ${id}, as ${earlier} did in this run. Hint: ingest it on its own, then rename one of the two sources.`);
  const txtPath = join(sourcesDir, `${id}.txt`);
  const mdxPath = join(sourcesDir, `${id}.mdx`);
  const exists = (await pathExists(txtPath)) || (await pathExists(mdxPath));
  if (exists && !options.force && !orphan) {
    return fail(`${file}: ${mdxPath} already exists (a source with the same date, outlet and title). Hint: pass --force to replace it, or rename the existing source first.`);
  }
  // --force replaces what ingest infers, never what the editors wrote: their summary, notes and speakers carry over.
  const previous = (await pathExists(mdxPath)) ? await readFile(mdxPath, 'utf8') : undefined;
  // What ingest inferred, under the capture's file name once its id is settled (--id, a capture already there).
  const inferred = { ...source.data, capture: `${id}.txt` };
  const carried = previous ? carryEditorsWork(previous, inferred, text) : { mdx: renderSourceMdx(inferred), kept: [] };
  try {
    if (previous) sourceSchema.parse(frontMatterOf(carried.mdx));
  } catch (error) {
    return fail(`${file}: the editors' notes or speakers in ${mdxPath} could not be carried over (${(error as Error).message.split('\n')[0]}). Nothing was written. Hint: move them aside, run ingest again, then put them back.`);
  }
  try {
    await writeBoth(sourcesDir, id, bytes, carried.mdx);
  } catch (error) {
    return fail(`${file}: could not write ${txtPath} (${(error as Error).message}). Nothing was written.`);
  }
  idsThisRun.set(id, file);
  known.set(decoded.sha256, `${id}.txt`);
  return { file, status: 'written', id, encoding: decoded.encoding, source, written: [txtPath, mdxPath], replaced: exists && !orphan, kept: carried.kept };
}

/** The parsed front matter of a companion ingest wrote. */
function frontMatterOf(mdx: string): unknown {
  return parseYaml(splitCompanion(mdx)!.frontMatter);
}

/**
 * The new companion with what the editors wrote or checked in the old one:
 * its summary (unless still the placeholder), its `notes` and `speakers`, and
 * every field ingest infers that the old companion no longer listed as
 * `unchecked` (an editor checked it, and may have corrected it). What ingest
 * infers anew is only what nobody checked, which `--force` is for, and the
 * structure hints, which are ingest's own. Removed parts the editors checked
 * are kept only if the new capture still reads with them; otherwise they are
 * inferred again and listed as unchecked, and the report says so.
 */
function carryEditorsWork(previous: string, inferred: SourceFrontmatter, text: string): { mdx: string; kept: string[] } {
  const parts = splitCompanion(previous);
  if (!parts) return { mdx: renderSourceMdx(inferred), kept: [] };
  const front = (parseYaml(parts.frontMatter) ?? {}) as Partial<SourceFrontmatter> & { notes?: unknown[]; speakers?: unknown[] };
  const stillUnchecked = new Set<string>(Array.isArray(front.unchecked) ? front.unchecked : []);
  // Checked: no longer listed as unchecked, and either one ingest asks to check or one the editors changed.
  const checked = INFERABLE_FIELDS.filter(
    (field) =>
      field !== 'structure' &&
      !stillUnchecked.has(field) &&
      front[field] !== undefined &&
      (inferred.unchecked.includes(field) || JSON.stringify(front[field]) !== JSON.stringify(inferred[field])),
  );
  const data: SourceFrontmatter = { ...inferred, unchecked: inferred.unchecked.filter((field) => !checked.includes(field)) };
  for (const field of checked) Object.assign(data, { [field]: front[field] }, field === 'title' && front.titleBasis ? { titleBasis: front.titleBasis } : {});
  let keptFields: string[] = checked;
  let refit = '';
  if (checked.includes('removed')) {
    try {
      buildArticle(text, { removed: data.removed, structure: data.structure }, { file: 'companion', captureFile: data.capture });
    } catch {
      data.removed = inferred.removed;
      data.unchecked.push('removed');
      keptFields = checked.filter((field) => field !== 'removed');
      refit = 'not the removed parts, which no longer fit the new capture (inferred again: check them)';
    }
  }
  const kept = [...(keptFields.length > 0 ? [`the checked fields (${keptFields.join(', ')})`] : []), ...(refit ? [refit] : [])];
  let mdx = renderSourceMdx(data);
  const carried: Record<string, unknown[]> = {};
  for (const key of ['notes', 'speakers'] as const) {
    const list = front[key];
    if (Array.isArray(list) && list.length > 0) {
      carried[key] = list;
      kept.push(`${list.length} ${key === 'notes' ? 'note' : 'speaker'}${list.length > 1 ? 's' : ''}`);
    }
  }
  // One line per value, as the editors wrote them (the default folds long quotes at 80 columns).
  if (Object.keys(carried).length > 0) mdx = mdx.replace(/^unchecked: /mu, `${stringifyYaml(carried, { lineWidth: 0 }).trimEnd()}\nunchecked: `);
  const body = parts.body.trim();
  if (body && !isSummaryPlaceholder(body)) {
    mdx = mdx.replace(`---\n${SUMMARY_PLACEHOLDER}\n`, `---\n${body}\n`);
    kept.unshift('summary');
  }
  return { mdx, kept };
}

async function pathExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes the capture and its companion through temporary files renamed into
 * place (a rename within a folder is atomic): the .mdx first, so a .txt is
 * never left without it; if the .txt cannot be put in place, the new .mdx
 * is taken back.
 */
async function writeBoth(dir: string, id: string, bytes: Uint8Array, mdx: string): Promise<void> {
  const stamp = `${process.pid}-${Date.now()}`;
  // Dot-files ending in .tmp: the build's *.txt and *.mdx globs do not see them.
  const txtTemp = join(dir, `.${id}.txt.${stamp}.tmp`);
  const mdxTemp = join(dir, `.${id}.mdx.${stamp}.tmp`);
  const mdxPath = join(dir, `${id}.mdx`);
  const previousMdx = await readFile(mdxPath).catch(() => undefined);
  try {
    await writeFile(txtTemp, bytes, { flag: 'wx' });
    await writeFile(mdxTemp, mdx, { flag: 'wx' });
    await rename(mdxTemp, mdxPath);
    try {
      await rename(txtTemp, join(dir, `${id}.txt`));
    } catch (error) {
      if (previousMdx) await writeFile(mdxPath, previousMdx);
      else await unlink(mdxPath).catch(() => undefined);
      throw error;
    }
  } finally {
    await unlink(txtTemp).catch(() => undefined);
    await unlink(mdxTemp).catch(() => undefined);
  }
}
