import type { Root } from 'hast';
import { findAmounts } from '../lib/find-amounts.ts';
import { formatAmount } from '../lib/format-amount.ts';
import { articleBlocks, markableText, wrapTextRange } from '../lib/wrap-text-range.ts';

/**
 * Marks every sum of money of the article with its value in full, shown on
 * hover and on keyboard focus (no JavaScript: a CSS tooltip of `data-value`).
 *
 * `97,4 milliards $` → `<data class="amount" value="97400000000" data-currency="USD" title="97 400 000 000 USD" tabindex="0">97,4 milliards $</data>`
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
            title: label,
            dataTip: label,
            tabIndex: 0,
          },
          children: [],
        }));
      }
    }
  };
}
