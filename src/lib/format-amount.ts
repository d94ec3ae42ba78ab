import { formatCount } from './format-count.ts';

/** Currencies as a French reader names them (the open data keeps the ISO codes). */
const CURRENCY_NAMES: Record<string, string> = { USD: 'dollars', EUR: 'euros' };

/** An amount written out in full, French style: `97400000000, 'USD'` → « 97 400 000 000 dollars ». */
export function formatAmount(value: number, currency: string | null): string {
  return `${formatCount(value)}${currency ? ` ${CURRENCY_NAMES[currency] ?? currency}` : ' (devise non précisée)'}`;
}
