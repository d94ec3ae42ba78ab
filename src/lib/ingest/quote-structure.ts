import { findQuote, foldQuote } from '../find-quote.ts';
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
    const lineStart = capture.lastIndexOf('\n', segment.start - 1) + 1;
    const startsLine = capture.slice(lineStart, segment.start).trim() === '';
    const startsAfterCut = [...cutAt].some((at) => at <= segment.start && capture.slice(at, segment.start).trim() === '');
    const lineEnd = capture.indexOf('\n', segment.end);
    const endsLine = capture.slice(segment.end, lineEnd === -1 ? capture.length : lineEnd).trim() === '';
    if (segment.heading && (!startsLine || !endsLine) && findQuote(capture, { exact: text }).length === 1) {
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

/** The fewest first words of `text` (at least four, or all) that stand only once in the capture, at `start`. */
export function uniqueOpening(capture: string, start: number, text: string): string | undefined {
  const words = foldQuote(text).split(' ');
  for (let k = Math.min(4, words.length); k <= words.length; k++) {
    const head = words.slice(0, k).join(' ');
    const found = findQuote(capture, { exact: head });
    if (found.length === 1 && found[0]!.start === start) return head;
  }
  return undefined;
}
