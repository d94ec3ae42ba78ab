/**
 * The words of a text, lowercased, for counting: runs of letters and digits,
 * so that elisions split (« l’avenir » → `l`, `avenir`) and punctuation,
 * emoji and spacing do not count.
 *
 * `wordTokens('L’IA, « enfin » !')` → `['l', 'ia', 'enfin']`
 */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
