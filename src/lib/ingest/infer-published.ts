import type { Published } from '../schemas.ts';
import { ENGLISH_WEEKDAYS, findDates, FRENCH_WEEKDAYS, weekdayOf, type DateMention } from './find-dates.ts';
import type { Segmentation } from './segment-capture.ts';

export interface InferredPublished {
  published: Published;
  /** The passage the date was read from, for the report. */
  clue: string;
}

const PUBLISHED_CUE = /(?:publiée?|published|posted|mise? en ligne)\s*(?:le|on)?\s*:?\s*$/iu;
const UPDATED_CUE = /(?:mise? à jour|modifiée?|updated|last updated)\s*(?:le|on)?\s*:?\s*$/iu;
/** « PARIS, le 12/02/2025 – », « WASHINGTON, Feb 14, 2025 (Reuters) - »: a dateline opening the first paragraph. */
const CITY_DATELINE = /^\p{Lu}[\p{L} .'’-]{1,40},\s*(?:le\s+)?$/u;

const frenchDay = (date: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
};
const frenchMonth = (date: string) => {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
};

/**
 * The publication date. Stated when the capture prints it: in a dateline
 * (« Publié le 14 février 2025 à 18h32 », « February 14, 2025 5:41 PM UTC »,
 * « 2025-02-17 »; a publication date before an update date) or opening the
 * first paragraph (« PARIS, le 12/02/2025 – »). Otherwise inferred from the
 * article, with the reason in French: the latest day it names that « ce
 * lundi » (« this Monday », « on Monday ») points to; else the month of the
 * latest day it names; else the latest year; else the year of `today`. A
 * date after `today` (a deadline, a plan: « d’ici 2030 ») is not a
 * publication date, and « lundi dernier » (« last Monday ») says the article
 * came after that Monday, not on it: neither counts for a day.
 */
export function inferPublished(
  capture: string,
  segmentation: Pick<Segmentation, 'blocks' | 'article'>,
  language: string,
  today: Date,
): InferredPublished {
  const stated = statedDate(capture, segmentation, language);
  if (stated) return stated;
  const text = segmentation.article.map((segment) => capture.slice(segment.start, segment.end)).join('\n');
  const ingested = today.toISOString().slice(0, 10);
  const mentions = findDates(text, language).filter((mention) => mention.date <= ingested.slice(0, mention.date.length));
  const days = mentions.filter((mention) => mention.precision === 'day').sort((a, b) => b.date.localeCompare(a.date));
  const weekdays = language === 'en' ? ENGLISH_WEEKDAYS : FRENCH_WEEKDAYS;
  const relativeTo = (name: string) => (language === 'en' ? `\\b(?:this|on) ${name}\\b` : `\\b(?:ce|dès ce) ${name}\\b(?! dernier)`);
  // A day the phrase introduces itself (« Ce lundi 3 février 2025, … ») is the one it means,
  // before any later Monday the article names (« le lundi 17 février, le tribunal rendra… »).
  const introduced = days.find((day) => {
    const name = weekdays[day.weekday ?? weekdayOf(day.date)]!;
    const before = text.slice(Math.max(0, day.start - 40), day.start);
    const words = day.weekday === undefined ? `${relativeTo(name)},?\\s+(?:le\\s+)?$` : language === 'en' ? '\\b(?:this|on)\\s+$' : '\\b(?:ce|dès ce)\\s+$';
    return new RegExp(words, 'iu').test(before);
  });
  for (const day of introduced ? [introduced] : days) {
    const weekday = day.weekday ?? weekdayOf(day.date);
    const name = weekdays[weekday]!;
    const relative = new RegExp(relativeTo(name), 'iu').exec(introduced ? text.slice(Math.max(0, day.start - 40), day.end) : text);
    if (relative) {
      return {
        published: {
          date: day.date,
          precision: 'day',
          basis: 'inferred',
          reason: `La capture ne porte pas de date de publication. Elle mentionne le « ${day.text.trim()} » et parle de « ${relative[0]} » : l’article a sans doute été écrit ce jour-là, le ${frenchDay(day.date)}. À vérifier.`,
        },
        clue: `"${day.text.trim()}" + "${relative[0]}"`,
      };
    }
  }
  const latest = (list: DateMention[]) => list.reduce<DateMention | undefined>((best, mention) => (!best || mention.date > best.date ? mention : best), undefined);
  const latestDay = latest(mentions.filter((mention) => mention.precision !== 'year'));
  if (latestDay) {
    const month = latestDay.date.slice(0, 7);
    return {
      published: {
        date: month,
        precision: 'month',
        basis: 'inferred',
        reason: `La capture ne porte pas de date de publication. La date la plus récente qu’elle mentionne est « ${latestDay.text.trim()} » : l’article est daté de ${frenchMonth(month)} au plus tôt, sans que le jour puisse être établi. À vérifier.`,
      },
      clue: `latest date mentioned: "${latestDay.text.trim()}"`,
    };
  }
  const latestYear = latest(mentions);
  if (latestYear) {
    return {
      published: {
        date: latestYear.date.slice(0, 4),
        precision: 'year',
        basis: 'inferred',
        reason: `La capture ne porte ni date de publication ni date complète. L’année la plus récente qu’elle mentionne est ${latestYear.date.slice(0, 4)} : l’article n’est pas antérieur à cette année-là. À vérifier.`,
      },
      clue: `latest year mentioned: ${latestYear.date.slice(0, 4)}`,
    };
  }
  const year = String(today.getUTCFullYear());
  return {
    published: {
      date: year,
      precision: 'year',
      basis: 'inferred',
      reason: `La capture ne porte aucune date : l’année indiquée est celle de son ajout au dossier (${year}). À vérifier.`,
    },
    clue: 'no date in the capture: year of ingestion',
  };
}

function statedDate(capture: string, segmentation: Pick<Segmentation, 'blocks' | 'article'>, language: string): InferredPublished | undefined {
  const candidates: { mention: DateMention; rank: number; clue: string }[] = [];
  for (const block of segmentation.blocks) {
    if (block.role !== 'dateline' && block.role !== 'byline') continue;
    const text = block.text.replace(/\s+/gu, ' ');
    for (const mention of findDates(text, language)) {
      if (mention.precision !== 'day') continue;
      const before = text.slice(0, mention.start);
      const rank = PUBLISHED_CUE.test(before) ? 0 : UPDATED_CUE.test(before) ? 2 : 1;
      candidates.push({ mention, rank, clue: text.trim() });
    }
  }
  const firstParagraph = segmentation.article.find((segment) => !segment.heading);
  if (firstParagraph) {
    const opening = capture.slice(firstParagraph.start, Math.min(firstParagraph.end, firstParagraph.start + 120));
    const mention = findDates(opening, language).find((date) => date.precision === 'day');
    if (mention && CITY_DATELINE.test(opening.slice(0, mention.start))) candidates.push({ mention, rank: 1, clue: opening.slice(0, mention.end) });
  }
  const best = candidates.sort((a, b) => a.rank - b.rank)[0];
  if (!best || best.rank === 2) {
    if (best) {
      return {
        published: {
          date: best.mention.date,
          precision: 'day',
          basis: 'inferred',
          reason: `La capture n’imprime que la date de mise à jour (« ${best.clue} ») : l’article a été publié ce jour-là ou avant. À vérifier.`,
        },
        clue: `update date: "${best.clue}"`,
      };
    }
    return undefined;
  }
  return { published: { date: best.mention.date, precision: 'day', basis: 'stated' }, clue: `"${best.clue}"` };
}
