import type { Root } from 'hast';
import { findQuotations } from '../lib/find-quotations.ts';
import { articleBlocks, markableText, wrapTextRange } from '../lib/wrap-text-range.ts';

export interface QuoteMarksOptions {
  /** Who said the quotation at `[start, end)` of block `block`, if the editors say. Default: nobody. */
  speakerOf?: (block: string, start: number, end: number) => string | undefined;
}

/**
 * Marks every quotation of the article (« … », “ … ”, "…"), with its speaker
 * when the editors attributed it.
 *
 * `« Non merci »` → `<span class="quotation" data-speaker="sam-altman">« Non merci »</span>`
 */
export function rehypeQuoteMarks(options: Readonly<QuoteMarksOptions> = {}) {
  return (tree: Root) => {
    for (const block of articleBlocks(tree)) {
      const id = String(block.properties.id);
      for (const quotation of findQuotations(markableText(block)).reverse()) {
        const speaker = options.speakerOf?.(id, quotation.start, quotation.end);
        wrapTextRange(block, quotation.start, quotation.end, () => ({
          type: 'element',
          tagName: 'span',
          properties: { className: ['quotation'], ...(speaker ? { dataSpeaker: speaker } : {}) },
          children: [],
        }));
      }
    }
  };
}
