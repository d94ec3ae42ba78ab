import { stopWordsOf } from './stop-words.ts';
import { wordTokens } from './word-tokens.ts';

/** The share of a text's words that are stop words of `language` (0 for no words). */
export function stopWordDensity(text: string, language: string): number {
  const words = wordTokens(text);
  if (words.length === 0) return 0;
  const stopWords = stopWordsOf(language);
  return words.filter((word) => stopWords.has(word)).length / words.length;
}

const TRAILING_SYMBOLS = /[\p{Extended_Pictographic}\p{So}\p{Sk}\uFE0F\u200D\s]+$/u;

/**
 * Whether a block reads as running prose: enough words, enough stop words
 * (menus, credits and buttons have almost none, as jusText observes), and
 * ending like a sentence, or long.
 */
export function isProse(text: string, language: string): boolean {
  const words = wordTokens(text);
  if (words.length < 8 || stopWordDensity(text, language) < 0.15) return false;
  const core = text.replace(TRAILING_SYMBOLS, '');
  // A closing quote ends a sentence only after its punctuation: « … exigeant » alone is a quoted title.
  if (/(?:[.…:;]|[.!?…]\s*[»"”)]+)$/u.test(core)) return true;
  if (/[?!]$/u.test(core)) return core.length >= 120;
  return core.length >= 200;
}

/** Whether a block is shaped like a heading or a title: short, not ending like a sentence. */
export function isHeadingLike(text: string): boolean {
  const core = text.replace(TRAILING_SYMBOLS, '');
  const words = wordTokens(core).length;
  return words >= 1 && words <= 20 && core.length <= 160 && !/[.,;:]$/u.test(core);
}
