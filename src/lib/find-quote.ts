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
  return fold(quote).text.trim();
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
  const prefix = quote.prefix === undefined ? '' : foldQuote(quote.prefix);
  const suffix = quote.suffix === undefined ? '' : foldQuote(quote.suffix);
  const spans: Span[] = [];
  let at = folded.text.indexOf(exact);
  while (at !== -1) {
    const span = toSpan(folded, text, at, exact.length);
    if (span.start >= from && surroundingsMatch(folded.text, at, exact.length, prefix, suffix)) {
      spans.push(span);
    }
    at = folded.text.indexOf(exact, at + 1);
  }
  return spans;
}

function surroundingsMatch(
  folded: string,
  at: number,
  length: number,
  prefix: string,
  suffix: string,
): boolean {
  if (prefix !== '') {
    const before = folded.slice(0, at).trimEnd();
    if (!before.endsWith(prefix)) return false;
  }
  if (suffix !== '') {
    const after = folded.slice(at + length).trimStart();
    if (!after.startsWith(suffix)) return false;
  }
  return true;
}
