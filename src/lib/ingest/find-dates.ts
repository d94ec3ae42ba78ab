import { precisionOf, type Precision } from '../schemas.ts';

/** A date written in a text. */
export interface DateMention {
  /** Offsets of the mention in the text searched. */
  start: number;
  end: number;
  /** As written: `Lundi 10 février 2025`. */
  text: string;
  /** ISO, at the precision written: `2025-02-10`, `2025-02` or `2025`. */
  date: string;
  precision: Precision;
  /** The day of the week the text names with it (0 = Sunday), if any. */
  weekday?: number | undefined;
  /** Whether a time of day follows (`à 18h32`, `5:41 PM`): a sign of a dateline. */
  withTime: boolean;
}

const MONTHS: Record<string, number> = {};
const MONTH_NAMES = [
  ['janvier', 'janv', 'january', 'jan'],
  ['février', 'fevrier', 'févr', 'fevr', 'fév', 'fev', 'february', 'feb'],
  ['mars', 'march', 'mar'],
  ['avril', 'avr', 'april', 'apr'],
  ['mai', 'may'],
  ['juin', 'june', 'jun'],
  ['juillet', 'juil', 'july', 'jul'],
  ['août', 'aout', 'august', 'aug'],
  ['septembre', 'sept', 'september', 'sep'],
  ['octobre', 'october', 'oct'],
  ['novembre', 'november', 'nov'],
  ['décembre', 'decembre', 'déc', 'dec', 'december'],
];
MONTH_NAMES.forEach((names, i) => names.forEach((name) => (MONTHS[name] = i + 1)));

const WEEKDAYS: Record<string, number> = {};
[
  ['dimanche', 'sunday'],
  ['lundi', 'monday'],
  ['mardi', 'tuesday'],
  ['mercredi', 'wednesday'],
  ['jeudi', 'thursday'],
  ['vendredi', 'friday'],
  ['samedi', 'saturday'],
].forEach((names, i) => names.forEach((name) => (WEEKDAYS[name] = i)));

const byLength = (names: string[]) => names.sort((a, b) => b.length - a.length).join('|');
const MONTH = `(${byLength(Object.keys(MONTHS))})\\.?`;
const WEEKDAY = `(?:(${byLength(Object.keys(WEEKDAYS))}),?\\s+)?`;
const YEAR = '((?:19|20)\\d{2})(?!\\d)';
const DAY = '(\\d{1,2})(?:er|st|nd|rd|th)?';
/** A time right after a date: `à 18h32`, `18:32`, `5:41 PM UTC`, `- 10h05`. */
const TIME = /^[\s,]*(?:à|at|a|-|–|—|\|)?\s*\d{1,2}\s*(?:h|:)\s*\d{0,2}/iu;

interface Pattern {
  regex: RegExp;
  read: (match: RegExpExecArray, language: string) => { year: number; month?: number; day?: number; weekday?: string } | undefined;
}

const PATTERNS: Pattern[] = [
  {
    // 2025-02-17 (glued text may run on: 2025-02-17Comment)
    regex: /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/gu,
    read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
  },
  {
    // 12/02/2025, 12.02.2025: day first, unless the text is English and only month-first makes sense or is usual
    regex: /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})(?!\d)/gu,
    read: (m, language) => {
      const [a, b] = [Number(m[1]), Number(m[2])];
      const monthFirst = a <= 12 && (b > 12 || language === 'en');
      return { year: Number(m[3]), month: monthFirst ? a : b, day: monthFirst ? b : a };
    },
  },
  {
    // Lundi 10 février 2025, le 1er mars 2025, 14 February 2025
    regex: new RegExp(`(?<![\\p{L}\\d])${WEEKDAY}${DAY}\\s+${MONTH},?\\s+${YEAR}`, 'giu'),
    read: (m) => ({ weekday: m[1], day: Number(m[2]), month: MONTHS[m[3]!.toLowerCase()], year: Number(m[4]) }),
  },
  {
    // Friday, February 14, 2025 ; Feb. 14, 2025
    regex: new RegExp(`(?<![\\p{L}\\d])${WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}`, 'giu'),
    read: (m) => ({ weekday: m[1], month: MONTHS[m[2]!.toLowerCase()], day: Number(m[3]), year: Number(m[4]) }),
  },
  {
    // février 2025, February 2025
    regex: new RegExp(`(?<![\\p{L}\\d])${MONTH}\\s+${YEAR}`, 'giu'),
    read: (m) => ({ month: MONTHS[m[1]!.toLowerCase()], year: Number(m[2]) }),
  },
  {
    // en 2018, in 2019
    regex: new RegExp(`(?<![\\p{L}\\d.,/-])${YEAR}(?![.,]\\d)`, 'gu'),
    read: (m) => ({ year: Number(m[1]) }),
  },
];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Every date written in `text`, longest reading first where readings overlap:
 * full dates (numeric, ISO, or with month names in French or English), months
 * and bare years. Numeric dates are read day first (12/02/2025 is the 12th of
 * February) except in English text, where 02/12/2025 is read month first.
 *
 * `findDates('Publié le 14 février 2025 à 18h32', 'fr')[0]` → `{ date: '2025-02-14', precision: 'day', withTime: true, … }`
 */
export function findDates(text: string, language = 'fr'): DateMention[] {
  const found: DateMention[] = [];
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (let m = pattern.regex.exec(text); m; m = pattern.regex.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((other) => start < other.end && other.start < end)) continue;
      const read = pattern.read(m, language);
      if (!read || !read.year) continue;
      const date =
        read.day !== undefined && read.month !== undefined
          ? `${read.year}-${pad(read.month)}-${pad(read.day)}`
          : read.month !== undefined
            ? `${read.year}-${pad(read.month)}`
            : String(read.year);
      const precision = precisionOf(date);
      if (!precision) continue;
      const weekday = read.weekday === undefined ? undefined : WEEKDAYS[read.weekday.toLowerCase()];
      found.push({ start, end, text: m[0], date, precision, weekday, withTime: TIME.test(text.slice(end, end + 16)) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The day of the week of an ISO day (0 = Sunday). */
export function weekdayOf(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The name of a weekday number in French: `0` → `dimanche`. */
export const FRENCH_WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'] as const;
/** The name of a weekday number in English: `0` → `sunday`. */
export const ENGLISH_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
