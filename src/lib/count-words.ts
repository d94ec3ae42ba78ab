const segmenter = new Intl.Segmenter('fr', { granularity: 'word' });

/** The number of words in a text, as word processors count them (« l’IA » is one word, « Sam Altman » two). */
export function countWords(text: string): number {
  let count = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) count++;
  return count;
}
