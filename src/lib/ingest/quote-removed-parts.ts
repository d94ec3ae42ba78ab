import { foldQuote, quoteOnlyAt, type Span } from '../find-quote.ts';
import { fewestWords } from './fewest-words.ts';
import type { RemovedPart } from '../schemas.ts';
import type { RemovedSpan } from './segment-capture.ts';

/** A removed part longer than this is written as a range (`from` … `to`) rather than quoted whole. */
const MAX_QUOTE = 160;
const MAX_CONTEXT_WORDS = 12;

/**
 * Writes removed spans of a capture the way an editor would in the
 * frontmatter: an exact quote (with a prefix or suffix when the words occur
 * more than once), or a range whose first words and last words are found
 * exactly where the span starts and ends, the last one running `toEnd`.
 * Every entry is checked to resolve to its span, as the build will resolve it.
 * A span no quote can single out (its words and those around it stand
 * elsewhere too, as in a capture pasted twice) is left out, in `skipped`:
 * its text stays in the article for the editor to see.
 *
 * `quoteRemovedParts('Titre\n\nTitre\nTexte', [{ start: 7, end: 12, kind: 'title', toEnd: false }]).parts`
 * → `[{ kind: 'title', quote: 'Titre', suffix: 'Texte' }]`
 */
export function quoteRemovedParts(capture: string, spans: readonly RemovedSpan[]): { parts: RemovedPart[]; skipped: RemovedSpan[] } {
  const parts: RemovedPart[] = [];
  const skipped: RemovedSpan[] = [];
  for (const span of spans) {
    const part = quoteSpan(capture, span);
    if (part) parts.push(part);
    else skipped.push(span);
  }
  return { parts, skipped };
}

const words = (text: string) => foldQuote(text).split(' ').filter(Boolean);
const same = (a: Span | undefined, b: Span) => a !== undefined && a.start === b.start && a.end === b.end;

function quoteSpan(capture: string, span: RemovedSpan): RemovedPart | undefined {
  const exact = foldQuote(capture.slice(span.start, span.end));
  const before = words(capture.slice(Math.max(0, span.start - 400), span.start));
  const after = words(capture.slice(span.end, span.end + 400));
  if (exact.length <= MAX_QUOTE) {
    const quoted = anchored(capture, exact, span, before, after);
    if (quoted) return { kind: span.kind, ...quoted };
  }
  // A range: the fewest first words that find the start (with the words before it if need be), then the last words that find the end.
  const all = words(exact);
  const from = rangeStart(capture, span, all, before);
  if (!from) return undefined;
  const { prefix, ...start } = from;
  if (span.toEnd) return { kind: span.kind, ...start, toEnd: true, ...(prefix ? { prefix } : {}) };
  // The fewest last words (three at least) found first from the part's start where it ends: longer than any earlier repeat of its end.
  const repeat = longestEarlierSuffix(exact);
  for (let k = Math.min(3, all.length); k <= all.length; k++) {
    const tail = all.slice(-k).join(' ');
    if (tail.length > repeat) return { kind: span.kind, ...start, to: tail, ...(prefix ? { prefix } : {}) };
  }
  // The whole part, found first from its start, always ends where it does: this is not reached.
  return undefined;
}

/**
 * The fewest first words (three at least) that stand only at the span's
 * start, alone or after a few words of what comes before (three to
 * twelve, in that order); at equal length, a head alone wins.
 */
function rangeStart(capture: string, span: Span, all: string[], before: string[]): { from: string; prefix?: string } | undefined {
  const head = (k: number) => all.slice(0, k).join(' ');
  const prefixes: (string | undefined)[] = [undefined];
  for (let p = Math.min(3, before.length); p <= Math.min(MAX_CONTEXT_WORDS, before.length); p++) if (p > 0) prefixes.push(before.slice(-p).join(' '));
  let best: { k: number; prefix: string | undefined } | undefined;
  for (const prefix of prefixes) {
    const k = fewestWords(Math.min(3, all.length), best ? best.k - 1 : all.length, (k) => quoteOnlyAt(capture, { exact: head(k), ...(prefix ? { prefix } : {}) }, span.start) !== undefined);
    if (k !== undefined) best = { k, prefix };
  }
  if (!best) return undefined;
  return best.prefix ? { from: head(best.k), prefix: best.prefix } : { from: head(best.k) };
}

/**
 * The length of the longest end of `text` that stands in it earlier too
 * (ending before its last character), by the Z algorithm on the reversed
 * text, in time proportional to its length.
 */
function longestEarlierSuffix(text: string): number {
  const reversed = text.split('').reverse().join('');
  const n = reversed.length;
  const z = new Int32Array(n);
  let longest = 0;
  for (let i = 1, left = 0, right = 0; i < n; i++) {
    let length = i < right ? Math.min(right - i, z[i - left]!) : 0;
    while (i + length < n && reversed[length] === reversed[i + length]) length++;
    z[i] = length;
    if (i + length > right) [left, right] = [i, i + length];
    longest = Math.max(longest, length);
  }
  return longest;
}

function anchored(
  capture: string,
  exact: string,
  span: Span,
  before: string[],
  after: string[],
): { quote: string; prefix?: string; suffix?: string } | undefined {
  if (same(quoteOnlyAt(capture, { exact }, span.start), span)) return { quote: exact };
  // Three words of context read better than one; fewer only at the edges of the capture.
  for (let k = 1; k <= MAX_CONTEXT_WORDS; k++) {
    if (k <= after.length && k >= Math.min(3, after.length)) {
      const suffix = after.slice(0, k).join(' ');
      if (same(quoteOnlyAt(capture, { exact, suffix }, span.start), span)) return { quote: exact, suffix };
    }
    if (k <= before.length && k >= Math.min(3, before.length)) {
      const prefix = before.slice(-k).join(' ');
      if (same(quoteOnlyAt(capture, { exact, prefix }, span.start), span)) return { quote: exact, prefix };
    }
  }
  return undefined;
}
