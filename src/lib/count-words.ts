/** A letter, number or connector, with its combining marks. */
const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}\p{Pc}]`;
/**
 * A word as Unicode's word boundaries (UAX #29, what Intl.Segmenter and word
 * processors use) see it in French text: letters and numbers, joined by an
 * apostrophe, a point or a colon between letters (« l’IA », « U.S. ») and by a
 * point, comma, semicolon or narrow no-break space between digits (« 97,4 »,
 * « 1 000 »). A hyphen separates. The same count as `Intl.Segmenter('fr')`'s
 * word-like segments (a test holds them equal on every capture), except that
 * Unicode also glues a number to the word after a narrow no-break space
 * (« 97,4 milliards » would be one word); about six times faster, and it runs
 * once per source.
 */
const WORD = new RegExp(
  String.raw`[\p{L}\p{N}\p{Pc}]${WORD_CHAR}*(?:(?:(?<=\p{L}\p{M}*)[’'.:·](?=\p{L})|(?<=\p{N})[.,;’'\u202F](?=\p{N}))${WORD_CHAR}+)*`,
  'gu',
);

/** The number of words in a text, as word processors count them (« l’IA » is one word, « Sam Altman » two). */
export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}
