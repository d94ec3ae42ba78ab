import { foldQuote } from './find-quote.ts';

const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []) as string[];
}

/**
 * The passage of `text` that looks most like `quote`, for error messages: the
 * window of words, as many as the quote's give or take two (a word missing or
 * added still lands on the whole passage), that shares the most words with it,
 * in order of first appearance, better when it starts and ends with the
 * quote's first and last words; the punctuation the quote ends with, if the
 * text has it there. Returns `undefined` when no word is shared.
 *
 * `closestPassage('Elon Musk a fait une offre', 'Elon Musc a fait')` → `'Elon Musk a fait'`
 */
export function closestPassage(text: string, quote: string): string | undefined {
  const folded = foldQuote(text);
  const wanted = words(quote);
  if (wanted.length === 0) return undefined;
  const wantedSet = new Set(wanted);
  const spans = [...folded.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    word: m[0].toLowerCase(),
  }));
  let best = { score: 0, start: 0, end: 0 };
  for (let i = 0; i < spans.length; i++) {
    for (let length = Math.max(1, wanted.length - 2); length <= wanted.length + 2; length++) {
      const window = spans.slice(i, i + length);
      // Near the end of the text, one window: what is left.
      if (window.length < length && length > Math.max(1, wanted.length - 2)) break;
      const seen = new Set<string>();
      let score = 0;
      for (const span of window) {
        if (wantedSet.has(span.word) && !seen.has(span.word)) {
          score++;
          seen.add(span.word);
        }
      }
      if (window[0]!.word === wanted[0]) score += 0.5;
      if (window.at(-1)!.word === wanted.at(-1)) score += 0.5;
      // Of windows as good, the one nearest the quote's length.
      score -= Math.abs(length - wanted.length) * 0.1;
      if (score > best.score) best = { score, start: window[0]!.start, end: window.at(-1)!.end };
    }
  }
  if (best.score < 1) return undefined;
  // The quote's final punctuation (« offre concurrente. »), where the text has it too.
  const ending = /[^\p{L}\p{N}\s]+$/u.exec(quote.trim())?.[0] ?? '';
  let end = best.end;
  while (end < folded.length && ending.includes(folded[end]!)) end++;
  return folded.slice(best.start, end);
}
