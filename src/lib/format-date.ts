import { precisionOf } from './schemas.ts';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

/**
 * A partial ISO date in French at the precision it is written at, the 1st
 * written « 1er » as French does.
 *
 * `formatDate('2025-02-10')` → `'lundi 10 février 2025'`; `formatDate('2024-12')` → `'décembre 2024'`;
 * `formatDate('2015')` → `'2015'`
 */
export function formatDate(date: string, { weekday = true }: { weekday?: boolean } = {}): string {
  const precision = precisionOf(date);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${MONTHS[month - 1]} ${year}`;
  if (precision === 'day') {
    const name = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
    return `${weekday ? `${name} ` : ''}${day === 1 ? '1er' : day} ${MONTHS[month - 1]} ${year}`;
  }
  throw new Error(`formatDate: "${date}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD.`);
}

/** The bounds of an event whose day is unknown, in French: « entre le 10 et le 17 février 2025 ». */
export function formatBounds(notBefore: string | undefined, notAfter: string | undefined): string | undefined {
  if (notBefore && notAfter) return `entre le ${formatDate(notBefore, { weekday: false })} et le ${formatDate(notAfter, { weekday: false })}`;
  if (notBefore) return `au plus tôt le ${formatDate(notBefore, { weekday: false })}`;
  if (notAfter) return `au plus tard le ${formatDate(notAfter, { weekday: false })}`;
  return undefined;
}
