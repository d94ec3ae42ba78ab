import { foldQuote } from './find-quote.ts';

const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []) as string[];
}

/**
 * The passage of `text` that looks most like `quote`, for error messages: the
 * window of as many words as the quote that shares the most words with it, in
 * order of first appearance. Returns `undefined` when no word is shared.
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
    const window = spans.slice(i, i + wanted.length);
    const seen = new Set<string>();
    let score = 0;
    for (const span of window) {
      if (wantedSet.has(span.word) && !seen.has(span.word)) {
        score++;
        seen.add(span.word);
      }
    }
    // A window scores better when its first word is the quote's first word.
    if (window[0]?.word === wanted[0]) score += 0.5;
    if (score > best.score) {
      best = { score, start: window[0]!.start, end: window[window.length - 1]!.end };
    }
  }
  if (best.score < 1) return undefined;
  return folded.slice(best.start, best.end);
}
