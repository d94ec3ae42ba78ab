import { continuesParagraph } from './continues-paragraph.ts';
import type { LabeledBlock } from './segment-capture.ts';
import { wordTokens } from './word-tokens.ts';

/** One heading or paragraph of the article as the ingest tool sees it. */
export interface ArticleSegment {
  start: number;
  end: number;
  heading: boolean;
}

/**
 * The article's headings and paragraphs from its blocks. A line is one
 * block; the sentences of a glued line are put back together: a sentence
 * that ties back to the one before (« Cette décision… », « Cependant… »)
 * goes on its paragraph. In a glued line, a fragment that ended at a glue
 * point (no punctuation) is a heading, and so is a short question that the
 * next sentence does not answer on the same paragraph.
 */
export function articleSegments(blocks: readonly LabeledBlock[], language: string): ArticleSegment[] {
  const segments: (ArticleSegment & { line: number; last: string })[] = [];
  // The text of the next article block after each block.
  const nextTexts: (string | undefined)[] = [];
  for (let i = blocks.length - 1, next: string | undefined; i >= 0; i--) {
    nextTexts[i] = next;
    if (blocks[i]!.role === 'article') next = blocks[i]!.text;
  }
  blocks.forEach((block, i) => {
    if (block.role !== 'article') return;
    const fragment = block.fragment;
    const words = wordTokens(block.text).length;
    const nextText = nextTexts[i];
    const previous = segments.at(-1);
    const adjacent = previous !== undefined && blocks[i - 1]?.role === 'article' && previous.line === block.line;
    const heading =
      fragment !== undefined &&
      ((fragment.endsWith === 'glue' && words <= 20 && !/[.!…]$/u.test(block.text)) ||
        (/\?$/u.test(block.text) &&
          words <= 15 &&
          fragment.startsAfter !== 'glue' &&
          !(nextText !== undefined && continuesParagraph(block.text, nextText, undefined, language))));
    if (
      fragment !== undefined &&
      adjacent &&
      !heading &&
      !previous.heading &&
      fragment.startsAfter === 'sentence' &&
      continuesParagraph(previous.last, block.text, nextText, language)
    ) {
      previous.end = block.end;
      previous.last = block.text;
      return;
    }
    segments.push({ start: block.start, end: block.end, heading, line: block.line, last: block.text });
  });
  return segments.map(({ start, end, heading }) => ({ start, end, heading }));
}
