import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { buildArticle, type Article } from '../../src/lib/build-article.ts';
import { decodeCapture, type DecodedCapture } from '../../src/lib/decode-capture.ts';
import { sourceSchema, type RemovedPart, type SourceData, type Structure } from '../../src/lib/schemas.ts';

/** The project's root folder, whatever the working directory of the run. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SOURCES = `${ROOT}content/sources`;

/** What `buildArticle` names in its messages for an in-memory capture. */
export const OPTIONS = { file: 'content/sources/x.mdx', captureFile: 'x.txt' } as const;

/** The editing part of a source's frontmatter, with the defaults the schema fills in. */
export function editing(
  input: { removed?: RemovedPart[]; structure?: Partial<Structure> } = {},
): Pick<SourceData, 'removed' | 'structure'> {
  return {
    removed: input.removed ?? [],
    structure: { headings: [], paragraphs: [], breaks: [], ...input.structure },
  };
}

/** The message of the error `run` throws, for snapshots of several-line messages. */
export function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the call to throw, but it returned');
}

/** The YAML frontmatter of an .mdx file, parsed but not validated. */
export function frontmatter(mdx: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/u.exec(mdx);
  if (!match) throw new Error('no frontmatter');
  return parseYaml(match[1]!);
}

export interface Seed {
  id: string;
  data: SourceData;
  bytes: Uint8Array;
  decoded: DecodedCapture;
  article: Article;
}

/** One of the real sources of content/sources/, validated and built as the site does. */
export function loadSeed(id: string): Seed {
  const data = sourceSchema.parse(frontmatter(readFileSync(`${SOURCES}/${id}.mdx`, 'utf8')));
  const bytes = readFileSync(`${SOURCES}/${data.capture}`);
  const decoded = decodeCapture(bytes, data.capture);
  const article = buildArticle(decoded.text, data, { file: `content/sources/${id}.mdx`, captureFile: data.capture });
  return { id, data, bytes, decoded, article };
}

const BULLETS = new Set(['•', '-', '–', '*']);

/**
 * The offsets of the non-space characters of `capture` that are not in exactly
 * one block or removed part. A list item's bullet is not in its block's text
 * (the item kind stands for it), so it is not counted as lost.
 */
export function unaccounted(capture: string, article: Article): number[] {
  const spans = [...article.blocks, ...article.removed];
  const lost: number[] = [];
  for (let i = 0; i < capture.length; i++) {
    if (/\s/u.test(capture[i]!)) continue;
    const holders = spans.filter((span) => span.start <= i && i < span.end).length;
    if (holders === 1) continue;
    const isBullet =
      holders === 0 &&
      BULLETS.has(capture[i]!) &&
      article.blocks.some((block) => block.kind === 'item' && block.start > i && capture.slice(i + 1, block.start).trim() === '');
    if (!isBullet) lost.push(i);
  }
  return lost;
}
