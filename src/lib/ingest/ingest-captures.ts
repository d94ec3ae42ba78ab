import { createHash } from 'node:crypto';
import { readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Article } from '../build-article.ts';
import { decodeCapture, type DecodedCapture } from '../decode-capture.ts';
import { DossierError } from '../dossier-error.ts';
import { readCapture } from '../read-capture.ts';
import { sourceSchema } from '../schemas.ts';
import { splitCompanion } from '../split-companion.ts';
import { captureShare } from './capture-share.ts';
import { carryEditorsWork, type CarriedCompanion } from './carry-editors-work.ts';
import { withoutForbiddenCharacters } from '../without-forbidden-characters.ts';
import { inferSource, type InferredSource } from './infer-source.ts';
import { renderSourceMdx, type SourceFrontmatter } from './render-source-mdx.ts';
import { shortArticle, shortArticleError } from './short-article.ts';

export interface IngestOptions {
  /** The content folder (the one holding sources/): `content`, or DOSSIER_CONTENT. */
  contentDir: string;
  /** Replace a source that has the same id. */
  force: boolean;
  /** The day of ingestion (a capture with no date at all is dated by its year). */
  today: Date;
  /** The id to give the (one) capture instead of the one inferred: its page's address. */
  id?: string;
  /** Write a source whose article came out short (see `shortArticle`) instead of failing. */
  allowShort?: boolean;
  /** With `force`, replace even a source whose capture shares little with the new one (another article); its fields are then all inferred again. Default: false. */
  replaceUnrelated?: boolean;
  /** Called with each capture's result as soon as it is known, with its rank (from 1) and the number of captures. */
  onResult?: (result: IngestResult, rank: number, total: number) => void;
  /** Refuse captures larger than this many bytes; default MAX_CAPTURE_BYTES (1 MB). */
  maxBytes?: number;
  /** Read what a symbolic link points to instead of refusing it. */
  followSymlinks?: boolean;
}

export type IngestResult =
  | {
      file: string;
      status: 'written';
      id: string;
      encoding: DecodedCapture['encoding'];
      /** The bad bytes of a capture read as UTF-8 all the same. */
      invalid: DecodedCapture['invalid'];
      source: InferredSource;
      /** What the companion written says: what ingest inferred, but for the fields the editors checked (`checked`). */
      data: SourceFrontmatter;
      /** The article the build makes from the capture with `data`. */
      article: Article;
      /** The fields kept from the companion replaced, as the editors checked them. */
      checked: string[];
      /** The files written, relative to the working folder. */
      written: [string, string];
      replaced: boolean;
      /** What the editors wrote in the companion that was replaced, carried into the new one: `summary`, `2 notes`, `1 speaker`. */
      kept: string[];
      /** The share of words the capture replaced had in common with this one, when it was too small and --replace-unrelated let it through. */
      unrelated?: number;
    }
  | { file: string; status: 'duplicate'; existing: string }
  | { file: string; status: 'failed'; error: string };

/** A capture is text: a few control characters (other than tab, line and page breaks) per thousand at most. */
const MAX_CONTROL_SHARE = 0.001;

/**
 * Below this share of words in common (see captureShare), a capture is not
 * the one it would replace but another article: recaptures of one article
 * share most of their words, articles on one story about a third.
 */
const MIN_SHARE = 0.5;

/**
 * Ingests each capture on its own: reads and decodes it, infers its
 * companion, and writes both into `<contentDir>/sources/` — the capture byte
 * for byte, each file through a temporary file renamed into place, the .mdx
 * first so that a .txt never stands without it. A capture whose bytes are
 * already in the dossier is reported, not copied again; an existing source
 * is replaced only with `force`, keeping what its editors wrote (see
 * carryEditorsWork), and by the capture of another article only with
 * `replaceUnrelated` too. Failures are returned, one line each, naming the
 * file; nothing is written for them, and the other captures go on.
 */
export async function ingestCaptures(files: readonly string[], options: IngestOptions): Promise<IngestResult[]> {
  const sourcesDir = join(options.contentDir, 'sources');
  const known = await knownCaptures(sourcesDir);
  const results: IngestResult[] = [];
  const idsThisRun = new Map<string, string>();
  for (const [at, file] of files.entries()) {
    let result: IngestResult;
    try {
      result = await ingestOne(file, sourcesDir, known, idsThisRun, options);
    } catch (error) {
      // Each capture on its own: a failure nobody foresaw is this capture's, and the others go on.
      result = { file, status: 'failed', error: `${file}: ${(error as Error).message.split('\n')[0]} Nothing was written for this capture.` };
    }
    results.push(result);
    options.onResult?.(result, at + 1, files.length);
  }
  return results;
}

/** The SHA-256 of each capture already in the dossier, to its file name; `undefined` when the folder is missing. */
async function knownCaptures(sourcesDir: string): Promise<Map<string, string> | undefined> {
  let names: string[];
  try {
    // Only files: a link or a pipe there is not read (the build refuses it, naming it).
    names = (await readdir(sourcesDir, { withFileTypes: true })).filter((entry) => entry.isFile() && entry.name.endsWith('.txt')).map((entry) => entry.name);
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
    bytes = await readCapture(file, { reader: 'ingest', followSymlinks: options.followSymlinks ?? false, ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}) });
  } catch (error) {
    return fail((error as Error).message);
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
  const short = options.allowShort ? undefined : shortArticle(source, text);
  if (short) return fail(shortArticleError(file, short));
  const earlier = idsThisRun.get(id);
  if (earlier) return fail(`${file}: gets the id ${id}, as ${earlier} did in this run. Hint: ingest it on its own, then rename one of the two sources.`);
  const txtPath = join(sourcesDir, `${id}.txt`);
  const mdxPath = join(sourcesDir, `${id}.mdx`);
  const exists = (await pathExists(txtPath)) || (await pathExists(mdxPath));
  if (exists && !options.force && !orphan) {
    return fail(`${file}: ${mdxPath} already exists (a source with the same date, outlet and title). Hint: pass --force to replace it, or rename the existing source first.`);
  }
  // Another article under this id (--id, or the same date, outlet and first words): its editors' checked fields must not land on this text unawares.
  let unrelated: number | undefined;
  const replacedText = exists && !orphan ? await readDossierCapture(txtPath) : undefined;
  if (replacedText !== undefined) {
    const share = captureShare(replacedText, text, source.data.language);
    if (share < MIN_SHARE && !options.replaceUnrelated) {
      const own = options.id ? 'drop --id, or choose another' : 'with --id <id>';
      return fail(
        `${file}: shares only ${Math.round(share * 100)}% of its words with ${txtPath}, the capture it would replace: another article? Nothing was written. Hint: give it its own id (${own}), or pass --replace-unrelated to replace that source anyway (every field is then inferred again; the summary, notes, speakers and comments are kept).`,
      );
    }
    if (share < MIN_SHARE) unrelated = share;
  }
  // --force replaces what ingest infers, never what the editors wrote: their summary, notes, speakers, comments and checked fields carry over.
  const previous = (await pathExists(mdxPath)) ? await readFile(mdxPath, 'utf8') : undefined;
  // What ingest inferred, under the capture's file name once its id is settled (--id, a capture already there).
  const inferred = { ...source.data, capture: `${id}.txt` };
  let carried: CarriedCompanion = { mdx: renderSourceMdx(inferred), data: inferred, article: source.article, checked: [], kept: [] };
  if (previous) {
    try {
      carried = carryEditorsWork(previous, inferred, text, { file: mdxPath, keepChecked: unrelated === undefined });
    } catch (error) {
      if (!(error instanceof DossierError)) throw error;
      return fail(`${file}: ${mdxPath}: ${error.problems.join(' ')} Nothing was written for this capture.`);
    }
  }
  try {
    await writeBoth(sourcesDir, id, bytes, carried.mdx);
  } catch (error) {
    return fail(`${file}: could not write ${txtPath} (${(error as Error).message}). Nothing was written.`);
  }
  idsThisRun.set(id, file);
  known.set(decoded.sha256, `${id}.txt`);
  return {
    file,
    status: 'written',
    id,
    encoding: decoded.encoding,
    invalid: decoded.invalid,
    source,
    data: carried.data,
    article: carried.article,
    checked: carried.checked,
    written: [txtPath, mdxPath],
    replaced: exists && !orphan,
    kept: carried.kept,
    ...(unrelated === undefined ? {} : { unrelated }),
  };
}

/** The parsed front matter of a companion ingest wrote. */
function frontMatterOf(mdx: string): unknown {
  return parseYaml(splitCompanion(mdx)!.frontMatter);
}

/** The decoded text of a capture of the dossier; `undefined` when it is missing, is not a regular file or does not decode. */
async function readDossierCapture(path: string): Promise<string | undefined> {
  try {
    return decodeCapture(await readCapture(path, { reader: 'ingest' }), path).text;
  } catch {
    return undefined;
  }
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
