const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/** An amount written out in full, French style: `97400000000, 'USD'` → « 97 400 000 000 USD ». */
export function formatAmount(value: number, currency: string | null): string {
  return `${number.format(value)}${currency ? ` ${currency}` : ' (devise non précisée)'}`;
}
