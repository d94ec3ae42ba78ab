import { findDates } from './find-dates.ts';
import { isNameLike } from './is-name-like.ts';
import type { Segmentation } from './segment-capture.ts';

/** What introduces a name in a byline. */
const INTRO =
  /^(?:[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]*)(?:(?:article |billet )?(?:rédigé|écrit|publié|posté|proposé|signé)e? par|propos recueillis par|(?:interview|interviewed) by|(?:written|posted|reported) by|par|by|auteure?\s*:|author\s*:)\s+/iu;
/** « Posted on 2025-03-02 by Alex Martin »: the name comes after « by » inside the line. */
const INNER_INTRO = /\s(?:par|by)\s+(?=\p{Lu})/u;
/** Where the name stops: a role after a comma, a date, a separator, an outlet. */
const NAME_END =
  /\s*(?:[,;(|•·]|\s[–—-]\s|\s(?:le|la|les|on|publié|publiée|published|updated|mis|pour|for|chez|at|in|à|a|dans)\s|\d).*$/isu;
/**
 * The name a byline gives: « Par Marie Dupont, journaliste » → `Marie Dupont`;
 * `undefined` when the byline names no one (« Article rédigé par les experts… »).
 */
export function nameInByline(byline: string): string | undefined {
  const intro = INTRO.exec(byline) ?? INNER_INTRO.exec(byline);
  if (!intro) return undefined;
  let rest = byline.slice(intro.index + intro[0].length);
  // The name stops before a date (« By Nina Ortiz March 12, 2025 ») or an address (« cadams@… »).
  const date = findDates(rest, 'fr').find((mention) => mention.precision !== 'year');
  if (date) rest = rest.slice(0, date.start);
  rest = rest.replace(/\s\S+@\S+.*$/su, '');
  const name = rest.replace(NAME_END, '').replace(/[.\s]+$/u, '').trim();
  return isNameLike(name) ? name : undefined;
}

/** « Priya Natarajan, Technology Correspondent »: a name, then its role after a comma. */
export function nameBeforeRole(line: string): string | undefined {
  const name = line.split(',')[0]!.trim();
  return name !== line.trim() && isNameLike(name, 4) ? name : undefined;
}

/**
 * The author: the name in the first byline that gives one (« Par … »,
 * « By … », « Rédigé par … », roles after a comma dropped); else a
 * signature, a name standing alone among the bylines after the article;
 * else `null`.
 */
export function inferAuthor(segmentation: Pick<Segmentation, 'blocks'>): string | null {
  const name = findAuthor(segmentation);
  // « By MARIA CLARK »: wire bylines shout; the name is written in the usual case.
  if (name && name === name.toUpperCase() && /\p{Lu}{2}/u.test(name)) {
    return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
  }
  return name;
}

function findAuthor(segmentation: Pick<Segmentation, 'blocks'>): string | null {
  const bylines = segmentation.blocks.filter((block) => block.role === 'byline' || block.rule === 'byline');
  for (const block of bylines) {
    if (/^\(?(?:additional )?(?:reporting|writing|editing|compiled) by/iu.test(block.text.trim())) continue;
    const name = nameInByline(block.text) ?? nameBeforeRole(block.text);
    if (name) return name;
  }
  for (const block of bylines) {
    const text = block.text.replace(/\s+/gu, ' ').trim();
    if (!INTRO.test(text) && text.includes(' ') && isNameLike(text)) return text;
  }
  for (const block of bylines) {
    const credit = /(?:reporting|writing) by\s+(.+)$/iu.exec(block.text);
    const name = credit && credit[1]!.replace(/\s*(?:[,;()]|\s(?:in|and|with)\s).*$/su, '').trim();
    if (name && isNameLike(name)) return name;
  }
  return null;
}
