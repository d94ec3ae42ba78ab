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
      (closest ? ` Closest passage: ${excerpt(closest)}.` : '') +
      ' Hint: copy the text exactly from the capture (apostrophes ’ and \' differ; spacing does not matter).'
    );
  }
  const anchors = site.anchorable === false ? '' : ', or add prefix: or suffix: with the words right before or after the one you mean';
  return `${site.field} ${excerpt(quote.exact)} is in ${site.captureFile} ${spans.length} times. Hint: quote a longer passage${anchors}.`;
}
