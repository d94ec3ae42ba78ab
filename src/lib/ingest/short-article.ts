import { countWords } from '../count-words.ts';
import { isProse } from './block-shape.ts';
import type { InferredSource } from './infer-source.ts';

/** Fewer words than this, and the article is a brief at most: more likely its text was taken for boilerplate. */
export const MIN_ARTICLE_WORDS = 40;
/** Below this share of the capture's prose, the article lost most of its text to the removed parts. */
export const MIN_PROSE_SHARE = 0.2;

export interface ShortArticle {
  /** The words the article kept, as the page counts them. */
  words: number;
  /** The words of the capture's blocks that read as prose. */
  proseWords: number;
  /** The article's first words, or `undefined` when it is empty. */
  opening: string | undefined;
  /** The removed part with the most prose: where the article's text most likely went. */
  largestRemoved: { kind: string; opening: string; words: number } | undefined;
}

const openingOf = (text: string, count = 8) => {
  const words = text.replace(/\s+/gu, ' ').trim().split(' ');
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
};

/**
 * What ingest kept of a capture, when it is too little to publish without a
 * look: fewer than 40 words, or less than a fifth of the capture's prose
 * (on the labelled set and the seeds, the article keeps 102 words and 63 %
 * of the prose at the least). `undefined` when the article is long enough.
 */
export function shortArticle(source: InferredSource, capture: string): ShortArticle | undefined {
  const { article, segmentation, data } = source;
  const words = countWords(article.blocks.map((block) => block.text).join('\n'));
  const proseWords = countWords(
    segmentation.blocks
      .filter((block) => isProse(block.text, data.language))
      .map((block) => block.text)
      .join('\n'),
  );
  if (words >= MIN_ARTICLE_WORDS && words >= MIN_PROSE_SHARE * proseWords) return undefined;
  const removed = segmentation.removed.map((span) => {
    const text = capture.slice(span.start, span.end);
    const prose = segmentation.blocks.filter((block) => block.start >= span.start && block.end <= span.end && isProse(block.text, data.language));
    return { kind: span.kind, opening: openingOf(text), words: countWords(prose.map((block) => block.text).join('\n')) };
  });
  const largestRemoved = removed.reduce<(typeof removed)[number] | undefined>((best, part) => (part.words > (best?.words ?? 0) ? part : best), undefined);
  const first = article.blocks[0];
  return { words, proseWords, opening: first && openingOf(first.text), largestRemoved };
}

/** The error ingest reports for a capture whose article came out short: what it kept, where the rest went, and the fix. */
export function shortArticleError(file: string, short: ShortArticle): string {
  const share = short.proseWords === 0 ? 100 : Math.round((100 * short.words) / short.proseWords);
  const kept = short.opening === undefined ? 'empty' : `short: ${short.words} words (${JSON.stringify(short.opening)})`;
  const largest = short.largestRemoved;
  const where = largest && largest.words > 0 ? `; the largest removed part is ${largest.kind} ${JSON.stringify(largest.opening)} (${largest.words} words of prose)` : '';
  return (
    `${file}: the article came out ${kept}, ${share} % of the ${short.proseWords} words of prose in the capture. Ingest may have taken article text for boilerplate${where}. Nothing was written. ` +
    `Hint: if the capture holds the whole article, ingest it again with --allow-short, then correct the removed parts and structure hints in the companion; otherwise capture the page again.`
  );
}
