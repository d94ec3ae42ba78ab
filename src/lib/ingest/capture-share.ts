import { contentWords } from './content-words.ts';

/**
 * How much two captures share, from 0 to 1: the part of the distinct content
 * words of the one with fewer that the other holds too. Two captures of one
 * article share most of theirs, whatever widgets and teasers surround it;
 * two articles on one story share about a third (0.34 at most among the
 * dossier's five). 1 when either has no content word: nothing to judge by.
 *
 * `captureShare('Le conseil rejette l’offre.', 'Le conseil d’OpenAI rejette l’offre de Musk.', 'fr')` → 1
 */
export function captureShare(a: string, b: string, language: string): number {
  const [fewer, more] = [new Set(contentWords(a, language)), new Set(contentWords(b, language))].sort((x, y) => x.size - y.size) as [Set<string>, Set<string>];
  if (fewer.size === 0) return 1;
  let shared = 0;
  for (const word of fewer) if (more.has(word)) shared++;
  return shared / fewer.size;
}
