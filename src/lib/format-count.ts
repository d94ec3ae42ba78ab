/** One formatter for the whole build: making an Intl.NumberFormat costs more than formatting with it. */
const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/** A count French style, thousands apart: `5000` → « 5 000 » (a narrow no-break space). */
export function formatCount(count: number): string {
  return number.format(count);
}
