import { diffWords, type Change } from 'diff';
import { closestPassage } from './closest-passage.ts';
import { excerpt } from './dossier-error.ts';
import { findQuote, type Span, type TextQuote } from './find-quote.ts';

/** Where a quote comes from, for messages: `citations[2].quote`. */
export interface QuoteSite {
  field: string;
  captureFile: string;
  /** Whether the field can take `prefix:`/`suffix:` to pick one occurrence. Default: true. */
  anchorable?: boolean;
}

/**
 * The one place where `quote` stands in `text`, or a message saying it is
 * missing (with the closest passage) or ambiguous (with the fix).
 */
export function locateQuote(
  text: string,
  quote: Readonly<TextQuote>,
  site: Readonly<QuoteSite>,
  from = 0,
): Span | string {
  const spans = findQuote(text, quote, from);
  if (spans.length === 1) return spans[0] as Span;
  if (spans.length === 0) {
    const closest = closestPassage(text, quote.exact);
    const anchored = quote.prefix !== undefined || quote.suffix !== undefined;
    const plain = anchored ? findQuote(text, { exact: quote.exact }) : [];
    if (plain.length > 0) {
      return `${site.field} ${excerpt(quote.exact)} is in ${site.captureFile}, but not with the prefix/suffix given. Hint: copy prefix and suffix exactly from the text right before and after the passage.`;
    }
    return (
      `${site.field} ${excerpt(quote.exact)} is not in ${site.captureFile}.` +
      (closest ? ` Closest passage: ${excerpt(closest)}.${difference(quote.exact, closest)}` : '') +
      ' Hint: copy the text exactly from the capture (apostrophes ’ and \' differ; spacing does not matter).'
    );
  }
  const anchors = site.anchorable === false ? '' : ', or add prefix: or suffix: with the words right before or after the one you mean';
  // Where each is, so that the editor can pick the words around the one meant.
  const places = spans.slice(0, 3).map((span, i) => `(${i + 1}) ${inContext(text, span)}`);
  const more = spans.length > 3 ? ` and ${spans.length - 3} more` : '';
  return `${site.field} ${excerpt(quote.exact)} is in ${site.captureFile} ${spans.length} times: ${places.join(' ')}${more}. Hint: quote a longer passage${anchors}.`;
}

/** A span with a few whole words on each side, the span itself in [ ]: `"…avocat de Musk, [Marc Toberoff], a soumis…"`. */
function inContext(text: string, span: Span): string {
  const fold = (part: string) => part.replace(/\s+/gu, ' ');
  const before = fold(text.slice(Math.max(0, span.start - 30), span.start)).replace(/^\S*\s/u, '');
  const after = fold(text.slice(span.end, span.end + 30)).replace(/\s\S*$/u, '');
  const inside = fold(text.slice(span.start, span.end));
  return `"${span.start > 30 ? '…' : ''}${before}[${inside.length > 60 ? `${inside.slice(0, 28)}…${inside.slice(-28)}` : inside}]${after}${span.end + 30 < text.length ? '…' : ''}"`;
}

/** How many characters of the words before a difference the message shows. */
const CONTEXT = 30;

/**
 * Where a quote and the closest passage part, in words, for a message: a long
 * quote shortened in the middle can hide the one word that differs.
 *
 * `difference('il ne l’a jamais dit', 'il ne l’a toujours dit')` → ` After "il ne l’a", the quote has "jamais" where the capture has "toujours".`
 */
export function difference(quote: string, passage: string): string {
  const [a, b] = [quote, passage].map((text) => text.replace(/\s+/gu, ' ').trim()) as [string, string];
  if (a === b) return '';
  // Word by word, so that a word missing is « nothing » against that word, not a word against two.
  const parts = diffWords(a, b);
  const changed = parts.flatMap((part, at) => (part.added || part.removed ? [at] : []));
  const [first, last] = [changed[0]!, changed.at(-1)!];
  const text = (from: readonly Change[], side: 'added' | 'removed') => from.filter((part) => !part[side]).map((part) => part.value).join('');
  const region = parts.slice(first, last + 1);
  let [ours, theirs] = [text(region, 'added'), text(region, 'removed')];
  // The same text on both sides around the change: the change is widened to whole words of it (« l'article. » against « l’article. », not « ' » against « ’ »).
  let prefix = text(parts.slice(0, first), 'added');
  const suffix = text(parts.slice(last + 1), 'added');
  const touches = (at: (value: string) => string | undefined) => [ours, theirs].some((value) => value !== '' && /\S/u.test(at(value) ?? ''));
  const back = touches((value) => value[0]) ? (/\S+$/u.exec(prefix)?.[0] ?? '') : '';
  const forward = touches((value) => value.at(-1)) ? (/^\S+/u.exec(suffix)?.[0] ?? '') : '';
  prefix = prefix.slice(0, prefix.length - back.length);
  [ours, theirs] = [ours, theirs].map((value) => `${back}${value}${forward}`.trim()) as [string, string];
  // Texts that part for good say nothing a reader can fix by one edit.
  if (ours.length > CONTEXT + 10 || theirs.length > CONTEXT + 10) return '';
  const said = prefix.trim();
  const before = said.slice(-CONTEXT).trim();
  const shown = (text: string) => (text ? `"${text}"` : 'nothing');
  return `${before ? ` After "${said.length > CONTEXT ? '…' : ''}${before}",` : ''} the quote has ${shown(ours)} where the capture has ${shown(theirs)}.`.replace(/^ the/u, ' The');
}
