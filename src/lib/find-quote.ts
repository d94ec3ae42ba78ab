/**
 * A W3C Web Annotation TextQuoteSelector: the exact passage, with optional
 * text right before (`prefix`) and after (`suffix`) it to pick one of several
 * occurrences.
 */
export interface TextQuote {
  exact: string;
  prefix?: string | undefined;
  suffix?: string | undefined;
}

/** A half-open range of UTF-16 offsets into a text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A text with its runs of white space folded to one space, and the way back
 * to the original offsets. Quotes are compared on folded text so that an
 * editor does not have to reproduce a capture's non-breaking spaces, double
 * spaces or line breaks.
 */
interface Folded {
  text: string;
  /** `origin[i]` is the offset in the original text of folded character `i`. */
  origin: number[];
  /** Built on the first search: searches then take time in the quote's length, not the text's. */
  index?: SuffixIndex;
}

/**
 * The suffix array of a folded text (its suffixes' offsets in sorted order),
 * its inverse, and the longest common prefix of each suffix with the one
 * before it in that order. The occurrences of a string are the suffixes
 * that start with it: one run of the array, found by binary search.
 */
interface SuffixIndex {
  order: Int32Array;
  rank: Int32Array;
  common: Int32Array;
}

const WHITE_SPACE = /\s/u;

function fold(text: string): Folded {
  let out = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (WHITE_SPACE.test(char)) {
      if (!inSpace) {
        out += ' ';
        origin.push(i);
      }
      inSpace = true;
    } else {
      out += char;
      origin.push(i);
      inSpace = false;
    }
  }
  origin.push(text.length);
  return { text: out, origin };
}

/** Folds white space in a quote and trims it, as quotes are compared. */
export function foldQuote(quote: string): string {
  return quote.replace(/\s+/gu, ' ').trim();
}

const foldedTexts = new Map<string, Folded>();

function foldedOf(text: string): Folded {
  // Captures are folded once per build, not once per quote.
  let folded = foldedTexts.get(text);
  if (!folded) {
    folded = fold(text);
    foldedTexts.set(text, folded);
  }
  return folded;
}

function toSpan(folded: Folded, text: string, start: number, length: number): Span {
  const originStart = folded.origin[start] as number;
  const last = folded.origin[start + length - 1] as number;
  // The end is one past the last matched character in the original text.
  let end = last + 1;
  if (end > text.length) end = text.length;
  return { start: originStart, end };
}

/**
 * Every place where `quote` stands in `text`, comparing with white space
 * folded, and keeping only the places whose surroundings match `prefix` and
 * `suffix` when they are given.
 *
 * `findQuote('a b a c', { exact: 'a', suffix: 'c' })` → `[{ start: 4, end: 5 }]`
 */
export function findQuote(text: string, quote: Readonly<TextQuote>, from = 0): Span[] {
  const exact = foldQuote(quote.exact);
  if (exact === '') return [];
  const folded = foldedOf(text);
  const index = indexOf(folded);
  const starts: number[] = [];
  // The prefix, then at most one space (white space is folded), then the quote, then at most one space, then the suffix.
  for (const { before, after } of contexts(quote)) {
    const [low, high] = range(folded.text, index, `${before}${exact}${after}`);
    for (let i = low; i < high; i++) starts.push(index.order[i]! + before.length);
  }
  return starts
    .sort((a, b) => a - b)
    .map((at) => toSpan(folded, text, at, exact.length))
    .filter((span) => span.start >= from);
}

/**
 * The span of `quote` when it stands in `text` once only, and at `start`:
 * what `findQuote` would return alone, answered in time proportional to the
 * quote's length, however often its words recur (in a capture pasted twice,
 * a quote is tried ever longer until it is unique).
 */
export function quoteOnlyAt(text: string, quote: Readonly<TextQuote>, start: number): Span | undefined {
  const exact = foldQuote(quote.exact);
  if (exact === '') return undefined;
  const folded = foldedOf(text);
  const index = indexOf(folded);
  const at = foldedOffset(folded, start);
  if (at === undefined || !folded.text.startsWith(exact, at)) return undefined;
  const prefix = quote.prefix === undefined ? '' : foldQuote(quote.prefix);
  const suffix = quote.suffix === undefined ? '' : foldQuote(quote.suffix);
  // The context as it stands around `start`, with the spaces the folded text has there.
  const gapBefore = prefix !== '' && folded.text[at - 1] === ' ' ? 1 : 0;
  const gapAfter = suffix !== '' && folded.text[at + exact.length] === ' ' ? 1 : 0;
  const first = at - gapBefore - prefix.length;
  const here = `${prefix}${' '.repeat(gapBefore)}${exact}${' '.repeat(gapAfter)}${suffix}`;
  if (first < 0 || !folded.text.startsWith(here, first)) return undefined;
  // Longer than what this place shares with any other suffix: it stands nowhere else with these spaces…
  if (here.length <= longestRepeatAt(index, first, folded.text.length)) return undefined;
  // …nor with the other spacings findQuote accepts.
  for (const { before, after } of contexts(quote)) {
    if (before.length === prefix.length + gapBefore && after.length === suffix.length + gapAfter) continue;
    const [low, high] = range(folded.text, index, `${before}${exact}${after}`);
    if (high > low) return undefined;
  }
  return toSpan(folded, text, at, exact.length);
}

/** The texts that may stand right before and after a quote: its prefix and suffix, each with or without a space. */
function contexts(quote: Readonly<TextQuote>): { before: string; after: string }[] {
  const prefix = quote.prefix === undefined ? '' : foldQuote(quote.prefix);
  const suffix = quote.suffix === undefined ? '' : foldQuote(quote.suffix);
  const befores = prefix === '' ? [''] : [prefix, `${prefix} `];
  const afters = suffix === '' ? [''] : [suffix, ` ${suffix}`];
  return befores.flatMap((before) => afters.map((after) => ({ before, after })));
}

/** The offset in the folded text of the character at `offset` in the original, if it is kept. */
function foldedOffset(folded: Folded, offset: number): number | undefined {
  const { origin } = folded;
  let low = 0;
  let high = origin.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (origin[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return origin[low] === offset && low < folded.text.length ? low : undefined;
}

function indexOf(folded: Folded): SuffixIndex {
  folded.index ??= suffixIndex(folded.text);
  return folded.index;
}

/** Counts the characters compared while indexing and searching, for the tests that check the work grows with the text, not faster. */
export const searchWork = { compared: 0 };

/** The run `[low, high)` of the suffix array whose suffixes start with `pattern`. */
function range(text: string, index: SuffixIndex, pattern: string): [number, number] {
  const { order } = index;
  // How the suffix at `at` compares with the pattern, over the pattern's length: negative when before it.
  const compare = (at: number): number => {
    for (let i = 0; i < pattern.length; i++) {
      searchWork.compared++;
      if (at + i >= text.length) return -1;
      const difference = text.charCodeAt(at + i) - pattern.charCodeAt(i);
      if (difference !== 0) return difference;
    }
    return 0;
  };
  let low = 0;
  let high = order.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(order[middle]!) < 0) low = middle + 1;
    else high = middle;
  }
  const first = low;
  high = order.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(order[middle]!) <= 0) low = middle + 1;
    else high = middle;
  }
  return [first, low];
}

/** The length of the longest string that starts at `at` and somewhere else too. */
function longestRepeatAt(index: SuffixIndex, at: number, length: number): number {
  const rank = index.rank[at]!;
  return Math.max(index.common[rank]!, rank + 1 < length ? index.common[rank + 1]! : 0);
}

/**
 * The suffix array of `text` by prefix doubling (Manber and Myers), each
 * round a counting sort, so O(n log n) in the worst case (a text that
 * repeats itself), and the common prefixes by Kasai's algorithm, O(n).
 */
function suffixIndex(text: string): SuffixIndex {
  const n = text.length;
  const order = new Int32Array(n);
  let rank = new Int32Array(n);
  let next = new Int32Array(n);
  if (n === 0) return { order, rank, common: new Int32Array(0) };
  // Round 0: by the first character (UTF-16 code units, as indexOf compares).
  const codes = Uint16Array.from({ length: n }, (_, i) => text.charCodeAt(i));
  order.set(Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => codes[a]! - codes[b]!));
  rank[order[0]!] = 0;
  for (let i = 1; i < n; i++) rank[order[i]!] = rank[order[i - 1]!]! + (codes[order[i]!] === codes[order[i - 1]!] ? 0 : 1);
  searchWork.compared += n;
  const sorted = new Int32Array(n);
  const counts = new Int32Array(n + 1);
  for (let k = 1; rank[order[n - 1]!]! + 1 < n; k *= 2) {
    // By the second half first (a suffix with none sorts first), then by the first half, stably.
    let filled = 0;
    for (let i = n - k; i < n; i++) sorted[filled++] = i;
    for (let i = 0; i < n; i++) if (order[i]! >= k) sorted[filled++] = order[i]! - k;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[rank[i]! + 1]!++;
    for (let r = 1; r <= n; r++) counts[r]! += counts[r - 1]!;
    for (let i = 0; i < n; i++) order[counts[rank[sorted[i]!]!]!++] = sorted[i]!;
    const second = (i: number) => (i + k < n ? rank[i + k]! : -1);
    next[order[0]!] = 0;
    for (let i = 1; i < n; i++) {
      const [a, b] = [order[i - 1]!, order[i]!];
      next[b] = next[a]! + (rank[a] === rank[b] && second(a) === second(b) ? 0 : 1);
    }
    [rank, next] = [next, rank];
    searchWork.compared += n;
  }
  // Kasai: the common prefix shrinks by at most one from a suffix to the next in the text.
  const common = new Int32Array(n);
  let shared = 0;
  for (let i = 0; i < n; i++) {
    const r = rank[i]!;
    if (r === 0) {
      shared = 0;
      continue;
    }
    const j = order[r - 1]!;
    while (i + shared < n && j + shared < n && text.charCodeAt(i + shared) === text.charCodeAt(j + shared)) {
      searchWork.compared++;
      shared++;
    }
    common[r] = shared;
    if (shared > 0) shared--;
  }
  return { order, rank, common };
}
