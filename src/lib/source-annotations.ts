import type { Source } from './assemble-dossier.ts';
import { findAmounts } from './find-amounts.ts';
import { findDates } from './find-dates.ts';
import { findQuotations } from './find-quotations.ts';

export type SourceAnnotation = { start: number; end: number; exact: string } & (
  | { type: 'entity'; entity: string }
  | { type: 'amount'; value: number; currency: string | null }
  | { type: 'date'; date: string | null }
  | { type: 'quote'; speaker: string | null }
  | { type: 'note'; n: number; body: string }
);

/** The separator of blocks in a source's open-data `text`. */
export const BLOCK_SEPARATOR = '\n\n';

/**
 * Every annotation of a source's article, found by the same functions as the
 * page's plugins (the names, once for the dossier: Source.mentions), with offsets into the open-data `text` (blocks joined by a
 * blank line), in reading order.
 */
export function sourceAnnotations(source: Readonly<Source>): SourceAnnotation[] {
  const annotations: SourceAnnotation[] = [];
  const mentionsIn = Map.groupBy(source.mentions, (mention) => mention.block);
  let offset = 0;
  for (const block of source.article.blocks) {
    const text = block.text;
    const at = (start: number, end: number) => ({ start: offset + start, end: offset + end, exact: text.slice(start, end) });
    for (const quotation of findQuotations(text)) {
      const speaker = source.speakers.find((quote) => quote.block === block.id && quote.start === quotation.start && quote.end === quotation.end);
      annotations.push({ type: 'quote', ...at(quotation.start, quotation.end), speaker: speaker?.speaker ?? null });
    }
    for (const note of source.notes.filter((candidate) => candidate.block === block.id)) {
      annotations.push({ type: 'note', ...at(note.start, note.end), n: note.n, body: note.body });
    }
    for (const date of findDates(text, { published: source.published })) annotations.push({ type: 'date', ...at(date.start, date.end), date: date.date });
    for (const amount of findAmounts(text)) annotations.push({ type: 'amount', ...at(amount.start, amount.end), value: amount.value, currency: amount.currency });
    for (const mention of mentionsIn.get(block.id) ?? []) annotations.push({ type: 'entity', ...at(mention.start, mention.end), entity: mention.entity });
    offset += text.length + BLOCK_SEPARATOR.length;
  }
  return annotations.sort((a, b) => a.start - b.start || b.end - a.end);
}
