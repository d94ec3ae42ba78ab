import { STOP_WORD_LANGUAGES, STOP_WORDS, type StopWordLanguage } from './stop-words.ts';
import { wordTokens } from './word-tokens.ts';

export interface DetectedLanguage {
  /** Two-letter code. */
  language: StopWordLanguage;
  /** `low` when the text is short or two languages score alike: the editor should check. */
  confidence: 'high' | 'low';
}

/**
 * The language of a text: the one whose stop words make up the largest share
 * of its words. French is the default of this dossier when nothing scores.
 *
 * `detectLanguage('Le conseil a rejeté l’offre de Musk.')` → `{ language: 'fr', confidence: 'low' }`
 */
export function detectLanguage(text: string): DetectedLanguage {
  const words = wordTokens(text);
  const scores = STOP_WORD_LANGUAGES.map((language) => ({
    language,
    hits: words.filter((word) => STOP_WORDS[language].has(word)).length,
  })).sort((a, b) => b.hits - a.hits);
  const [best, second] = scores as [(typeof scores)[number], (typeof scores)[number]];
  if (best.hits === 0) return { language: 'fr', confidence: 'low' };
  const clear = best.hits >= 20 && best.hits >= 1.5 * second.hits;
  return { language: best.language, confidence: clear ? 'high' : 'low' };
}
