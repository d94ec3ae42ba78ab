import { stopWordsOf } from './stop-words.ts';
import { wordTokens } from './word-tokens.ts';

/**
 * The words of a text that carry its topic: not stop words, three letters or
 * more, without accents (so « réglementation » and « reglementation » meet).
 *
 * `contentWords('Le conseil d’OpenAI a rejeté l’offre', 'fr')` → `['conseil', 'openai', 'rejete', 'offre']`
 */
export function contentWords(text: string, language: string): string[] {
  const stopWords = stopWordsOf(language);
  return wordTokens(text)
    .filter((word) => word.length >= 3 && !stopWords.has(word) && !/^\d+$/u.test(word))
    .map((word) => word.normalize('NFD').replace(/\p{M}/gu, ''));
}
