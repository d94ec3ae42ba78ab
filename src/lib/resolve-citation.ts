import { closestIds } from './closest-ids.ts';
import type { Article, Block } from './build-article.ts';
import { excerpt } from './dossier-error.ts';
import { locateQuote } from './locate-quote.ts';
import type { Citation } from './schemas.ts';

/** The id of a source page's title, where citations of the title land. */
export const TITLE_ID = 'titre';

/** What a citation needs to know of a source. */
export interface CitableSource {
  id: string;
  captureFile: string;
  capture: string;
  article: Article;
}

/** A citation checked against its capture: the block it lands on. */
export interface ResolvedCitation {
  source: string;
  quote: string;
  /** The id of the paragraph (or heading, or list item) that contains the quote. */
  block: string;
  start: number;
  end: number;
}

/**
 * Checks a citation: its source exists, its quote stands exactly once in the
 * capture and inside one block of the article text. Returns the citation with
 * the block it lands on, or the message that says what to fix.
 */
export function resolveCitation(
  citation: Readonly<Citation>,
  field: string,
  sources: ReadonlyMap<string, CitableSource>,
): ResolvedCitation | string {
  const source = sources.get(citation.source);
  if (!source) {
    const known = [...sources.keys()];
    const shown = known.length <= 5 ? known.join(', ') : `closest: ${closestIds(citation.source, known).join(', ')}`;
    return `${field}.source "${citation.source}" is not a source id. Hint: use the name of a content/sources/*.mdx file without .mdx (${shown}).`;
  }
  const span = locateQuote(
    source.capture,
    { exact: citation.quote, prefix: citation.prefix, suffix: citation.suffix },
    { field: `${field}.quote`, captureFile: source.captureFile },
  );
  if (typeof span === 'string') return span;
  const block: Block | undefined = source.article.blocks.find((b) => b.start <= span.start && span.end <= b.end);
  const title = source.article.removed.find((part) => part.kind === 'title' && part.start <= span.start && span.end <= part.end);
  // The title is the source's words too: a quote of it lands on the page's heading.
  if (!block && title) return { source: source.id, quote: citation.quote, block: TITLE_ID, start: span.start, end: span.end };
  if (!block) {
    const removed = source.article.removed.find((part) => part.start < span.end && span.start < part.end);
    return removed
      ? `${field}.quote ${excerpt(citation.quote)} is in a part removed from the article (${removed.kind}). Hint: cite the article text, or stop removing that part.`
      : `${field}.quote ${excerpt(citation.quote)} is not within one paragraph, heading or list item of ${source.captureFile}'s article. Hint: cite a passage within one of them (without a list's bullet).`;
  }
  return { source: source.id, quote: citation.quote, block: block.id, start: span.start, end: span.end };
}
