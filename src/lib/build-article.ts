import { DossierError, excerpt } from './dossier-error.ts';
import { findQuote, type Span } from './find-quote.ts';
import { locateQuote } from './locate-quote.ts';
import type { RemovedKind, SourceData } from './schemas.ts';
import { slugify } from './slugify.ts';

export type BlockKind = 'heading' | 'paragraph' | 'item';

/** One heading, paragraph or list item of the article; `text` is `capture.slice(start, end)`. */
export interface Block extends Span {
  kind: BlockKind;
  id: string;
  text: string;
}

/** A part of the capture that is not article text; `text` is `capture.slice(start, end)`. */
export interface RemovedText extends Span {
  kind: RemovedKind;
  text: string;
}

export interface Article {
  blocks: Block[];
  removed: RemovedText[];
}

export interface BuildArticleOptions {
  /** The companion file, named in errors: `content/sources/x.mdx`. */
  file: string;
  /** The capture's file name, named in errors: `x.txt`. */
  captureFile: string;
}

type Editing = Pick<SourceData, 'removed' | 'structure'>;

/** A block before it is classified: `forced` is what the editor declared. */
interface Piece extends Span {
  forced?: 'heading' | 'paragraph';
}

const MAX_HEADING_LENGTH = 110;
const BULLET = /^[•\-–*]\s+/u;
/** A line ending like a sentence (trailing emoji and spaces ignored) is not a heading. */
const SENTENCE_END = /[.,;:…»"”)!]$/u;
const TRAILING_SYMBOLS = /[\p{Extended_Pictographic}\p{So}\p{Sk}\uFE0F\u200D\s]+$/u;

/**
 * Splits a capture into the article's blocks and the removed parts.
 *
 * Every character of the capture ends up either in a block, in a removed part,
 * or is white space between them: nothing is lost. Removed parts and structure
 * hints are exact quotes of the capture; a quote that is missing, ambiguous or
 * overlapping another fails with every problem of the file listed.
 */
export function buildArticle(capture: string, editing: Editing, options: BuildArticleOptions): Article {
  const problems: string[] = [];
  const site = (field: string) => ({ field, captureFile: options.captureFile });

  const removed = resolveRemoved(capture, editing.removed, site, problems);
  let pieces = splitLines(capture).flatMap((line) => subtract(line, removed));

  const locate = (field: string, exact: string, inArticle = true): Span | undefined => {
    const found = locateQuote(capture, { exact }, { ...site(field), anchorable: false });
    if (typeof found === 'string') {
      problems.push(found);
      return undefined;
    }
    if (inArticle && !pieces.some((piece) => piece.start <= found.start && found.end <= piece.end)) {
      problems.push(`${field} "${exact}" is not inside one line of article text (it is in a removed part, or spans lines). Hint: quote a passage of a single line that is not removed.`);
      return undefined;
    }
    return found;
  };

  editing.structure.breaks.forEach((exact, i) => {
    // A break may fall where a removed part starts: it then changes nothing.
    const span = locate(`structure.breaks[${i}]`, exact, false);
    if (span) pieces = splitAt(pieces, span.start);
  });
  editing.structure.headings.forEach((exact, i) => {
    const span = locate(`structure.headings[${i}]`, exact);
    if (!span) return;
    pieces = splitAt(splitAt(pieces, span.start), span.end);
    for (const piece of pieces) if (piece.start === span.start) piece.forced = 'heading';
  });
  editing.structure.paragraphs.forEach((exact, i) => {
    const span = locate(`structure.paragraphs[${i}]`, exact);
    if (!span) return;
    for (const piece of pieces) if (piece.start <= span.start && span.end <= piece.end) piece.forced = 'paragraph';
  });

  if (problems.length > 0) throw new DossierError(options.file, problems);

  const trimmed = pieces.map((piece) => trim(capture, piece)).filter((piece) => piece.end > piece.start);
  return { blocks: classify(capture, trimmed), removed };
}

function resolveRemoved(
  capture: string,
  parts: Editing['removed'],
  site: (field: string) => { field: string; captureFile: string },
  problems: string[],
): RemovedText[] {
  const resolved: (RemovedText & { field: string })[] = [];
  parts.forEach((part, i) => {
    const field = `removed[${i}]`;
    let span: Span | string;
    if (part.quote !== undefined) {
      span = locateQuote(capture, { exact: part.quote, prefix: part.prefix, suffix: part.suffix }, site(`${field}.quote`));
    } else {
      const start = locateQuote(capture, { exact: part.from ?? '', prefix: part.prefix }, site(`${field}.from`));
      if (typeof start === 'string') {
        span = start;
      } else if (part.toEnd) {
        span = { start: start.start, end: capture.trimEnd().length };
      } else {
        // The range ends at the first occurrence of `to` that ends after `from` does,
        // so a range may end on words that also occur elsewhere, or inside `from`.
        const end = findQuote(capture, { exact: part.to ?? '' }, start.start).find((span) => span.end >= start.end);
        span = end
          ? { start: start.start, end: end.end }
          : `${field}.to ${excerpt(part.to ?? '')} is not in ${site('').captureFile} after ${field}.from. Hint: copy the last words of the part exactly, or write toEnd: true.`;
      }
    }
    if (typeof span === 'string') {
      problems.push(span);
      return;
    }
    resolved.push({ kind: part.kind, start: span.start, end: span.end, text: capture.slice(span.start, span.end), field });
  });
  resolved.sort((a, b) => a.start - b.start);
  let furthest = resolved[0];
  for (const current of resolved.slice(1)) {
    if (furthest && current.start < furthest.end) {
      problems.push(`${current.field} overlaps ${furthest.field}. Hint: make each removed part end before the next one starts.`);
    }
    if (!furthest || current.end > furthest.end) furthest = current;
  }
  return resolved.map(({ field: _field, ...part }) => part);
}

function splitLines(capture: string): Piece[] {
  const lines: Piece[] = [];
  let start = 0;
  for (let i = 0; i <= capture.length; i++) {
    if (i === capture.length || capture[i] === '\n') {
      if (i > start) lines.push({ start, end: i });
      start = i + 1;
    }
  }
  return lines;
}

/** The parts of `piece` that lie outside every removed span. */
function subtract(piece: Piece, removed: readonly Span[]): Piece[] {
  let parts: Piece[] = [piece];
  for (const cut of removed) {
    parts = parts.flatMap((part) => {
      if (cut.end <= part.start || cut.start >= part.end) return [part];
      const kept: Piece[] = [];
      if (cut.start > part.start) kept.push({ start: part.start, end: cut.start });
      if (cut.end < part.end) kept.push({ start: cut.end, end: part.end });
      return kept;
    });
  }
  return parts;
}

function splitAt(pieces: Piece[], at: number): Piece[] {
  return pieces.flatMap((piece) =>
    at > piece.start && at < piece.end
      ? [
          { ...piece, end: at },
          { start: at, end: piece.end },
        ]
      : [piece],
  );
}

function trim(capture: string, piece: Piece): Piece {
  let { start, end } = piece;
  while (start < end && /\s/u.test(capture[start] as string)) start++;
  while (end > start && /\s/u.test(capture[end - 1] as string)) end--;
  return { ...piece, start, end };
}

function isHeadingCandidate(text: string): boolean {
  if (text.length > MAX_HEADING_LENGTH) return false;
  const core = text.replace(TRAILING_SYMBOLS, '');
  return core.length > 0 && !SENTENCE_END.test(core);
}

function classify(capture: string, pieces: Piece[]): Block[] {
  const kinds: BlockKind[] = pieces.map((piece) => {
    if (piece.forced) return piece.forced;
    return BULLET.test(capture.slice(piece.start, piece.end)) ? 'item' : 'paragraph';
  });
  // From the end: a candidate is a heading when what follows is a heading,
  // a list, or a paragraph longer than itself.
  for (let i = pieces.length - 2; i >= 0; i--) {
    const piece = pieces[i]!;
    if (piece.forced || kinds[i] === 'item') continue;
    const text = capture.slice(piece.start, piece.end);
    if (!isHeadingCandidate(text)) continue;
    const next = pieces[i + 1]!;
    const nextKind = kinds[i + 1];
    const nextLength = next.end - next.start;
    if (nextKind === 'heading' || nextKind === 'item' || nextLength > text.length) kinds[i] = 'heading';
  }
  const ids = new Map<string, number>();
  return pieces.map((piece, i) => {
    const kind = kinds[i]!;
    let start = piece.start;
    if (kind === 'item') start += BULLET.exec(capture.slice(piece.start, piece.end))?.[0].length ?? 0;
    const text = capture.slice(start, piece.end);
    return { kind, start, end: piece.end, text, id: uniqueId(ids, blockId(kind, text)) };
  });
}

/** Ids start with a letter, as HTML's strictest readers want: a heading "1. Une IA…" gets `s-1-une-ia…`. */
function blockId(kind: BlockKind, text: string): string {
  const slug = slugify(text, kind === 'heading' ? 8 : 5);
  if (kind !== 'heading') return `p-${slug || 'passage'}`;
  if (!slug) return 'section';
  return /^[0-9]/u.test(slug) ? `s-${slug}` : slug;
}

/** `used` maps each id given out to the last number appended to it. */
function uniqueId(used: Map<string, number>, id: string): string {
  let n = used.get(id);
  if (n === undefined) {
    used.set(id, 1);
    return id;
  }
  let candidate: string;
  // A numbered duplicate ("p-oui-2") may also be the slug of another text ("Oui 2."): skip taken ones.
  do candidate = `${id}-${++n}`;
  while (used.has(candidate));
  used.set(id, n);
  used.set(candidate, 1);
  return candidate;
}
