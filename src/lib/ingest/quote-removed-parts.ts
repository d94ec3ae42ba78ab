import { findQuote, foldQuote, type Span } from '../find-quote.ts';
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
  const end = span.toEnd ? capture.trimEnd().length : span.end;
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
  for (let k = Math.min(3, all.length); k <= all.length; k++) {
    const tail = all.slice(-k).join(' ');
    const found = findQuote(capture, { exact: tail }, span.start)[0];
    if (found && found.end === end) return { kind: span.kind, ...start, to: tail, ...(prefix ? { prefix } : {}) };
  }
  // The whole part, found first from its start, always ends where it does: this is not reached.
  return undefined;
}

function rangeStart(capture: string, span: Span, all: string[], before: string[]): { from: string; prefix?: string } | undefined {
  const starts = (quote: { exact: string; prefix?: string }) => {
    const found = findQuote(capture, quote);
    return found.length === 1 && found[0]!.start === span.start;
  };
  for (let k = Math.min(3, all.length); k <= all.length; k++) {
    const head = all.slice(0, k).join(' ');
    if (starts({ exact: head })) return { from: head };
    for (let p = Math.min(3, before.length); p <= Math.min(MAX_CONTEXT_WORDS, before.length); p++) {
      const prefix = before.slice(-p).join(' ');
      if (p > 0 && starts({ exact: head, prefix })) return { from: head, prefix };
    }
  }
  return undefined;
}

function anchored(
  capture: string,
  exact: string,
  span: Span,
  before: string[],
  after: string[],
): { quote: string; prefix?: string; suffix?: string } | undefined {
  const found = findQuote(capture, { exact });
  if (found.length === 1 && same(found[0], span)) return { quote: exact };
  // Three words of context read better than one; fewer only at the edges of the capture.
  for (let k = 1; k <= MAX_CONTEXT_WORDS; k++) {
    if (k <= after.length && k >= Math.min(3, after.length)) {
      const suffix = after.slice(0, k).join(' ');
      const withSuffix = findQuote(capture, { exact, suffix });
      if (withSuffix.length === 1 && same(withSuffix[0], span)) return { quote: exact, suffix };
    }
    if (k <= before.length && k >= Math.min(3, before.length)) {
      const prefix = before.slice(-k).join(' ');
      const withPrefix = findQuote(capture, { exact, prefix });
      if (withPrefix.length === 1 && same(withPrefix[0], span)) return { quote: exact, prefix };
    }
  }
  return undefined;
}
