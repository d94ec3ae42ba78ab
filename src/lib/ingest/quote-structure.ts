import { foldQuote, quoteOnlyAt } from '../find-quote.ts';
import { fewestWords } from './fewest-words.ts';
import type { Structure } from '../schemas.ts';
import type { ArticleSegment, RemovedSpan } from './segment-capture.ts';

/**
 * The structure hints that make the build cut the article where the ingest
 * tool did: in a glued line, each heading (quoted whole) and each paragraph
 * that starts after a sentence of another (quoted by its first words, as
 * few as make them unique). A block that starts a line, or right after a
 * removed part or a heading, needs no hint.
 */
export function quoteStructure(capture: string, article: readonly ArticleSegment[], removed: readonly RemovedSpan[]): Structure {
  const structure: Structure = { headings: [], paragraphs: [], breaks: [] };
  const cutAt = new Set<number>(removed.map((span) => span.end));
  for (const segment of article) {
    const text = capture.slice(segment.start, segment.end);
    // Only the white space next to the segment is looked at: a capture glued on one line is one long line.
    const blankBefore = whiteSpaceBefore(capture, segment.start);
    const blankAfter = whiteSpaceAfter(capture, segment.end);
    const startsLine = blankBefore === 0 || capture.slice(blankBefore, segment.start).includes('\n');
    const endsLine = blankAfter === capture.length || capture.slice(segment.end, blankAfter).includes('\n');
    let startsAfterCut = false;
    for (let at = blankBefore; at <= segment.start && !startsAfterCut; at++) startsAfterCut = cutAt.has(at);
    if (segment.heading && (!startsLine || !endsLine) && quoteOnlyAt(capture, { exact: text }, segment.start)) {
      structure.headings.push(foldQuote(text));
      cutAt.add(segment.end);
      continue;
    }
    if (!startsLine && !startsAfterCut) {
      const hint = uniqueOpening(capture, segment.start, text);
      if (hint) structure.breaks.push(hint);
    }
  }
  return structure;
}

/** Where the run of white space that ends at `at` starts. */
function whiteSpaceBefore(text: string, at: number): number {
  while (at > 0 && /\s/u.test(text[at - 1]!)) at--;
  return at;
}

/** Where the run of white space that starts at `at` ends. */
function whiteSpaceAfter(text: string, at: number): number {
  while (at < text.length && /\s/u.test(text[at]!)) at++;
  return at;
}

/**
 * The fewest first words of `text` (at least four, or all) that stand only
 * once in the capture, at `start`. A longer opening stands in as few places
 * or fewer, so the fewest words are found by halving.
 */
export function uniqueOpening(capture: string, start: number, text: string): string | undefined {
  const words = foldQuote(text).split(' ');
  const head = (k: number) => words.slice(0, k).join(' ');
  const fewest = fewestWords(Math.min(4, words.length), words.length, (k) => quoteOnlyAt(capture, { exact: head(k) }, start) !== undefined);
  return fewest === undefined ? undefined : head(fewest);
}
