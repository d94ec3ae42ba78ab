const segmenter = new Intl.Segmenter('fr', { granularity: 'word' });

/** The number of words in a text, as a French reader counts them (« l’IA » is two). */
export function countWords(text: string): number {
  let count = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) count++;
  return count;
}
