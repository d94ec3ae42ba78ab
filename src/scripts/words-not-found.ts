/**
 * Which searched words no result contains.
 *
 * Pagefind (1.5.2) looks each word of a query up by its stem and takes the
 * indexed words that begin with it (« Tober » finds « Toberoff »). When there
 * are none, it does not give up: it takes the longest indexed word that begins
 * the searched one (Pagefind PR #315, meant for words being typed), so
 * « xyzqw » finds « X », « Bretagne » finds « Bret » Taylor and « licorne » the
 * « l » of « l’IA ». Nothing in its answer says that it did so. A searched word
 * is found when:
 *
 * - a word matched in a result begins with it, as Pagefind reads words
 *   (« Tober » in « Toberoff », « avocat » in « l'avocat »), or
 * - an exact search for it (`"word"`, which looks its stem up as it is, with
 *   neither prefixes nor that fallback) finds pages: « avocats » has the stem
 *   of « avocat ».
 *
 * Otherwise Pagefind fell back to a shorter word, for every result: the
 * fallback is decided for the word, over the whole index, before any page is
 * scored.
 */

/** The punctuation Pagefind drops from a query, inside words too (pagefind.js, `search`). */
const DROPPED = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/**
 * A word as Pagefind looks it up: in lowercase, without punctuation (« l’avocat »
 * is « lavocat », « 97,4 » is « 974 », as the index holds them) nor accents.
 */
export function pagefindWord(text: string): string {
  return text.toLocaleLowerCase().replace(DROPPED, '').normalize('NFD').replace(/\p{M}/gu, '');
}

/** A word of the query: as typed (for the reader), and as Pagefind looks it up. */
export interface SearchWord {
  typed: string;
  key: string;
}

/** The query's words, split where Pagefind splits them (at spaces only); punctuation alone is no word. */
export function searchWords(query: string): SearchWord[] {
  return query
    .split(/\s+/u)
    .map((typed) => ({ typed: typed.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') || typed, key: pagefindWord(typed) }))
    .filter((word) => word.key !== '');
}

/** A query in quotes is a phrase: Pagefind then matches its words exactly, never falling back. */
export function isPhrase(query: string): boolean {
  return /^\s*".+"\s*$/u.test(query);
}

/**
 * The words of a result that Pagefind matched: its content split as Pagefind
 * splits it to place `locations` (pagefind.js, `build_excerpt`).
 */
export function matchedWords(result: { content: string; locations: readonly number[] }): string[] {
  const words = result.content.split(/[\r\n\s]+/gu);
  return result.locations.map((location) => words[location] ?? '');
}

/**
 * Whether a matched word, or a part of it between punctuation (the index
 * holds « l'avocat » as « lavocat », « l » and « avocat »), begins with `key`.
 */
export function beginsWith(word: string, key: string): boolean {
  return [word, ...word.split(DROPPED)].some((part) => pagefindWord(part).startsWith(key));
}

/**
 * The words of `query` (as typed) that no result contains: none of the first
 * result's matched words begins with them, and an exact search for each finds
 * nothing. `countExact(word)` runs Pagefind's search of `"word"` and returns how
 * many pages it finds.
 */
export async function wordsNotFound(
  query: string,
  firstResult: { content: string; locations: readonly number[] },
  countExact: (word: string) => Promise<number>,
): Promise<string[]> {
  if (isPhrase(query)) return [];
  const matched = matchedWords(firstResult);
  const missing: string[] = [];
  for (const word of searchWords(query)) {
    if (matched.some((candidate) => beginsWith(candidate, word.key))) continue;
    if ((await countExact(word.key)) > 0) continue;
    if (!missing.includes(word.typed)) missing.push(word.typed);
  }
  return missing;
}
