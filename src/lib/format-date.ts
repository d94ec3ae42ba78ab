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

/**
 * The bounds of an event whose day is unknown, in French, saying the month and
 * the year once when both days share them.
 *
 * `formatBounds('2025-02-10', '2025-02-17')` → `'entre le 10 et le 17 février 2025'`;
 * `formatBounds(undefined, '2025-02-10')` → `'au plus tard le 10 février 2025'`
 */
export function formatBounds(notBefore: string | undefined, notAfter: string | undefined): string | undefined {
  if (notBefore && notAfter) {
    const [first, last] = twoDays(notBefore, notAfter);
    return `entre le ${first} et le ${last}`;
  }
  if (notBefore) return `au plus tôt le ${formatDate(notBefore, { weekday: false })}`;
  if (notAfter) return `au plus tard le ${formatDate(notAfter, { weekday: false })}`;
  return undefined;
}

/** An event's date and the bounds of its day, as the timeline file gives them. */
export interface EventDates {
  date: string;
  notBefore?: string | undefined;
  notAfter?: string | undefined;
}

/** Whether the bounds stay within the period of the date (« février 2025, au plus tard le 17 »), or reach past it. */
export function boundsWithinDate(event: EventDates): boolean {
  return [event.notBefore, event.notAfter].every((bound) => !bound || bound.startsWith(event.date));
}

/**
 * The year an event is background to, when the sources date it only within
 * years (bounds that reach past the period of its date): the year of its last
 * possible day. `undefined` for an event dated within its period.
 */
export function undatedWithin(event: EventDates): string | undefined {
  return event.notAfter && !boundsWithinDate(event) ? event.notAfter.slice(0, 4) : undefined;
}

/**
 * When an event happened, in French, in one phrase that holds everything the
 * sources support, so that every page shows the same. Two consecutive days are
 * « 10 ou 11 février 2025 »; bounds within the period of the date narrow it
 * (« février 2025, au plus tard le 17 », « entre le 10 et le 17 février
 * 2025 »); bounds beyond it replace it, for the date alone would say more than
 * the sources do.
 *
 * `{ date: '2025', notAfter: '2025-02-10' }` → `'2025, au plus tard le 10 février'`;
 * `{ date: '2019', notAfter: '2025-02-10' }` → `'entre 2019 et le 10 février 2025'`
 */
export function formatEventDate(event: EventDates): string {
  const { date, notBefore, notAfter } = event;
  if (notBefore && notAfter && dayAfter(notBefore) === notAfter) {
    const [first, last] = twoDays(notBefore, notAfter);
    return `${first} ou ${last}`;
  }
  if (boundsWithinDate(event)) {
    if (notBefore && notAfter) return formatBounds(notBefore, notAfter)!;
    const bound = notBefore ?? notAfter;
    if (!bound || precisionOf(date) === 'day') return formatDate(date);
    // The day within the period: « le 17 » within « février 2025 », « le 10 février » within « 2025 ».
    const words = formatDate(bound, { weekday: false }).split(' ');
    const day = precisionOf(date) === 'month' ? words[0] : words.slice(0, 2).join(' ');
    return `${formatDate(date)}, ${notBefore ? 'au plus tôt' : 'au plus tard'} le ${day}`;
  }
  const from = notBefore ?? date;
  const fromText = precisionOf(from) === 'day' ? `le ${formatDate(from, { weekday: false })}` : formatDate(from);
  if (!notAfter) return `au plus tôt ${fromText}`;
  return `entre ${fromText} et le ${formatDate(notAfter, { weekday: false })}`;
}

/** Two days in French, the second whole, the first without the month and year they share: `['10', '17 février 2025']`. */
function twoDays(first: string, last: string): [string, string] {
  const full = formatDate(first, { weekday: false });
  if (first.slice(0, 7) === last.slice(0, 7)) return [full.split(' ')[0]!, formatDate(last, { weekday: false })];
  if (first.slice(0, 4) === last.slice(0, 4)) return [full.split(' ').slice(0, 2).join(' '), formatDate(last, { weekday: false })];
  return [full, formatDate(last, { weekday: false })];
}

function dayAfter(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}
