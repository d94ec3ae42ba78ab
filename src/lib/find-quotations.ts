import { leftmostLongest } from './leftmost-longest.ts';

export interface Quotation {
  start: number;
  end: number;
  /** The quotation with its quotation marks. */
  exact: string;
}

/** Opening and closing marks of the quotations French and English texts use. */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['«', '»'],
  ['“', '”'],
];

/**
 * The quotations of a text: « … », “ … ” and "…" (straight quotes paired in
 * order), marks included. An opening mark without its closing mark before the
 * next opening one (« Stargate« in a capture) is not a quotation.
 */
export function findQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  for (const [open, close] of PAIRS) {
    let at = text.indexOf(open);
    while (at !== -1) {
      const end = text.indexOf(close, at + 1);
      const reopened = text.indexOf(open, at + 1);
      if (end === -1) break;
      if (reopened !== -1 && reopened < end) {
        at = reopened;
        continue;
      }
      found.push({ start: at, end: end + 1, exact: text.slice(at, end + 1) });
      at = text.indexOf(open, end + 1);
    }
  }
  const straight = [...text.matchAll(/"/gu)].map((match) => match.index);
  for (let i = 0; i + 1 < straight.length; i += 2) {
    found.push({ start: straight[i]!, end: straight[i + 1]! + 1, exact: text.slice(straight[i]!, straight[i + 1]! + 1) });
  }
  // A quotation inside another (“…” within « … ») stays part of the outer one.
  return leftmostLongest(found);
}
