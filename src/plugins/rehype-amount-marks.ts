import type { Root } from 'hast';
import { findAmounts } from '../lib/find-amounts.ts';
import { formatAmount } from '../lib/format-amount.ts';
import { articleBlocks, markableText, wrapTextRange } from '../lib/wrap-text-range.ts';

/**
 * Marks every sum of money of the article with its value in full, `data-tip`,
 * that the page's CSS shows beside the amount when the reader asks for the
 * amounts, and above it on hover (no JavaScript). Not a Tab stop and no
 * `title`: one stop per amount, and a native tooltip over the next line, were
 * in the reader's way.
 *
 * `97,4 milliards $` → `<data class="amount" value="97400000000" data-currency="USD" data-tip="97 400 000 000 dollars">97,4 milliards $</data>`
 */
export function rehypeAmountMarks() {
  return (tree: Root) => {
    for (const block of articleBlocks(tree)) {
      for (const amount of findAmounts(markableText(block)).reverse()) {
        const label = formatAmount(amount.value, amount.currency);
        wrapTextRange(block, amount.start, amount.end, () => ({
          type: 'element',
          tagName: 'data',
          properties: {
            className: ['amount'],
            value: String(amount.value),
            ...(amount.currency ? { dataCurrency: amount.currency } : {}),
            dataTip: label,
          },
          children: [],
        }));
      }
    }
  };
}
