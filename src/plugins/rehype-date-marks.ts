import type { Root } from 'hast';
import { findDates, type DateContext } from '../lib/find-dates.ts';
import { articleBlocks, markableText, wrapTextRange } from '../lib/wrap-text-range.ts';

export type DateMarksOptions = DateContext;

/**
 * Marks every date of the article as `<time>` with the ISO date the text and
 * the publication date settle; a date they do not settle stays a plain mark.
 *
 * `ce lundi` (published 2025-02-11) → `<time class="date" datetime="2025-02-10">ce lundi</time>`
 */
export function rehypeDateMarks(options: Readonly<DateMarksOptions> = {}) {
  return (tree: Root) => {
    for (const block of articleBlocks(tree)) {
      for (const mention of findDates(markableText(block), options).reverse()) {
        wrapTextRange(block, mention.start, mention.end, () =>
          mention.date
            ? { type: 'element', tagName: 'time', properties: { className: ['date'], dateTime: mention.date }, children: [] }
            : { type: 'element', tagName: 'span', properties: { className: ['date', 'date-unresolved'] }, children: [] },
        );
      }
    }
  };
}
