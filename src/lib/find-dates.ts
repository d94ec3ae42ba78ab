import { leftmostLongest } from './leftmost-longest.ts';

export interface DateMention {
  start: number;
  end: number;
  exact: string;
  /** ISO date at the precision the text settles ("2025-02-10", "2024-12", "2015"), or null when it does not. */
  date: string | null;
}

/** What a relative date is read against: the source's publication date. */
export interface DateContext {
  published?: { date: string; precision: 'day' | 'month' | 'year' } | undefined;
}

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

const FR_MONTH = `(?<month>${MONTHS_FR.join('|')})`;
const EN_MONTH = `(?<enMonth>${MONTHS_EN.join('|')})`;
const WEEKDAY = `(?:${WEEKDAYS_FR.join('|')})`;
const S = '[ \\u00A0\\u202F]+';

/** Each pattern, tried over the whole text; where matches overlap the longest wins. */
const PATTERNS: RegExp[] = [
  /(?<![\p{N}-])(?<iso>\d{4}-\d{2}-\d{2})(?![\p{N}])/gu,
  new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:ce${S})?${WEEKDAY}${S})?(?<day>1er|[12]\\d|3[01]|0?[1-9])${S}${FR_MONTH}(?:${S}(?<year>\\d{4}))?(?![\\p{L}\\p{N}])`, 'giu'),
  new RegExp(`(?<![\\p{L}\\p{N}])${EN_MONTH}${S}(?<enDay>[12]\\d|3[01]|0?[1-9]),?${S}(?<enYear>\\d{4})(?![\\p{L}\\p{N}])`, 'gu'),
  /(?<![\p{N}/])(?<dmyDay>[0-3]?\d)\/(?<dmyMonth>[01]?\d)\/(?<dmyYear>\d{4})(?![\p{N}])/gu,
  new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:en|depuis|dès|fin|début)${S}|mi-)${FR_MONTH}(?:${S}(?<monthYear>\\d{4}))?(?![\\p{L}\\p{N}])`, 'giu'),
  new RegExp(`(?<![\\p{L}\\p{N}])ce${S}(?<weekday>${WEEKDAYS_FR.join('|')})(?![\\p{L}\\p{N}])`, 'giu'),
  new RegExp(`(?<![\\p{L}\\p{N}])(?:en|depuis|dès|avant|après)${S}(?<bareYear>(?:19|20)\\d{2})(?![\\p{L}\\p{N}])`, 'giu'),
];

const pad = (n: number) => String(n).padStart(2, '0');

function isDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function publishedParts(context: DateContext) {
  const published = context.published;
  if (!published) return undefined;
  const [year, month, day] = published.date.split('-').map(Number) as [number, number?, number?];
  return { year, month, day, precision: published.precision };
}

/** The year of a day or month named without one: the last such one on or before publication. */
function yearFor(month: number, day: number | undefined, context: DateContext): number | undefined {
  const published = publishedParts(context);
  if (!published || published.precision === 'year' || published.month === undefined) return undefined;
  if (month < published.month) return published.year;
  if (month > published.month) return published.year - 1;
  if (day === undefined || published.day === undefined) return published.year;
  return day <= published.day ? published.year : published.year - 1;
}

function resolve(groups: Record<string, string | undefined>, context: DateContext): string | null {
  if (groups.iso) {
    const [y, m, d] = groups.iso.split('-').map(Number) as [number, number, number];
    return isDay(y, m, d) ? groups.iso : null;
  }
  if (groups.day && groups.month) {
    const month = MONTHS_FR.indexOf(groups.month.toLowerCase()) + 1;
    const day = groups.day.toLowerCase() === '1er' ? 1 : Number(groups.day);
    const year = groups.year ? Number(groups.year) : yearFor(month, day, context);
    return year !== undefined && isDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
  }
  if (groups.enMonth) {
    const month = MONTHS_EN.indexOf(groups.enMonth) + 1;
    const day = Number(groups.enDay);
    const year = Number(groups.enYear);
    return isDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
  }
  if (groups.dmyDay) {
    const [day, month, year] = [Number(groups.dmyDay), Number(groups.dmyMonth), Number(groups.dmyYear)];
    return isDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
  }
  if (groups.month) {
    const month = MONTHS_FR.indexOf(groups.month.toLowerCase()) + 1;
    const year = groups.monthYear ? Number(groups.monthYear) : yearFor(month, undefined, context);
    return year !== undefined ? `${year}-${pad(month)}` : null;
  }
  if (groups.weekday) {
    // « ce lundi »: the last such weekday on or before the day of publication, if that day is known.
    const published = publishedParts(context);
    if (!published || published.precision !== 'day') return null;
    const at = new Date(Date.UTC(published.year, published.month! - 1, published.day!));
    const back = (at.getUTCDay() - WEEKDAYS_FR.indexOf(groups.weekday.toLowerCase()) + 7) % 7;
    at.setUTCDate(at.getUTCDate() - back);
    return at.toISOString().slice(0, 10);
  }
  if (groups.bareYear) return groups.bareYear;
  return null;
}

/**
 * The dates a text mentions — « Lundi 10 février 2025 », « 2025-02-17 »,
 * « en 2015 », « en décembre », « ce lundi », « February 14, 2025 »,
 * « 12/02/2025 » (day first) — each with the ISO date the text and the
 * publication date settle, or null.
 */
export function findDates(text: string, context: DateContext = {}): DateMention[] {
  const found: DateMention[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      found.push({ start: match.index, end: match.index + match[0].length, exact: match[0], date: resolve(match.groups ?? {}, context) });
    }
  }
  return leftmostLongest(found);
}
