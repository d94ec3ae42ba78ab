export interface Amount {
  start: number;
  end: number;
  exact: string;
  /** The amount in units: « 97,4 milliards » → 97 400 000 000. */
  value: number;
  /** ISO 4217 code when the text gives the currency; null otherwise — never guessed. */
  currency: 'USD' | 'EUR' | null;
}

const SPACE = '[ \\u00A0\\u202F]';
const NUMBER = `\\d{1,3}(?:${SPACE}\\d{3})+(?:,\\d+)?|\\d+(?:[,.]\\d+)?`;
const SCALE = 'milliards?|millions?|milliers?|billions?|trillions?|mds?';
const CURRENCY = `de${SPACE}dollars|dollars|d[’']euros|euros|\\$|€|USD|EUR`;
const AMOUNT = new RegExp(
  `(?<![\\p{L}\\p{N},.])(?<prefix>\\$${SPACE}?)?(?<number>${NUMBER})(?:${SPACE}*(?<scale>${SCALE}))?(?:${SPACE}*(?<currency>${CURRENCY}))?(?![\\p{L}\\p{N}])`,
  'gu',
);

const SCALES: Record<string, number> = {
  milliard: 1e9,
  million: 1e6,
  millier: 1e3,
  billion: 1e9,
  trillion: 1e12,
  md: 1e9,
};

function currencyOf(text: string | undefined): Amount['currency'] {
  if (!text) return null;
  return /dollar|\$|USD/u.test(text) ? 'USD' : 'EUR';
}

/**
 * The sums of money in a text, French or English: « 97,4 milliards de
 * dollars », « 97,4 milliards $ », « 9,74 milliards », « $97.4 billion ». A
 * number is an amount only with a scale word or a currency; the currency is
 * the text's, or none.
 */
export function findAmounts(text: string): Amount[] {
  const amounts: Amount[] = [];
  for (const match of text.matchAll(AMOUNT)) {
    const { prefix, number, scale, currency } = match.groups as Record<string, string | undefined>;
    if (!scale && !currency && !prefix) continue;
    const decimal = number!.replace(new RegExp(SPACE, 'gu'), '').replace(',', '.');
    // English writes thousands with commas ("$1,000" is a thousand); French writes decimals so ("1,125 milliard").
    const englishThousands = !scale && /^\d{1,3}(,\d{3})+$/u.test(number!);
    const units = Number(englishThousands ? number!.replaceAll(',', '') : decimal);
    const multiplier = scale ? SCALES[scale.replace(/s$/u, '')]! : 1;
    const exact = match[0].trimEnd();
    amounts.push({
      start: match.index,
      end: match.index + exact.length,
      exact,
      value: Math.round(units * multiplier),
      currency: currencyOf(prefix ?? currency),
    });
  }
  return amounts;
}
