import { buildArticle, type Article } from '../build-article.ts';
import type { SourceData, Structure } from '../schemas.ts';
import { detectLanguage, type DetectedLanguage } from './detect-language.ts';
import { inferAuthor } from './infer-author.ts';
import { inferOutlet } from './infer-outlet.ts';
import { inferPublished } from './infer-published.ts';
import { inferTitle } from './infer-title.ts';
import { inferUrl } from './infer-url.ts';
import { makeSourceId } from './make-source-id.ts';
import { quoteRemovedParts } from './quote-removed-parts.ts';
import { quoteStructure, uniqueOpening } from './quote-structure.ts';
import type { SourceFrontmatter } from './render-source-mdx.ts';
import { segmentCapture, type Segmentation } from './segment-capture.ts';

export interface InferredSource {
  id: string;
  /** The companion's frontmatter, `capture` included. */
  data: SourceFrontmatter;
  /** The article as the build will make it from `data`. */
  article: Article;
  segmentation: Segmentation;
  /** Where each inferred value comes from, for the report. */
  clues: { outlet: string; published: string; language: DetectedLanguage };
  /** Parts found not to be article text but that no quote can single out: they stay in the article. */
  unquoted: string[];
}

export interface InferSourceOptions {
  /** The day of ingestion: the fallback year when a capture holds no date at all. */
  today: Date;
}

/**
 * Everything the companion MDX of a capture says, inferred from the decoded
 * text alone: metadata, removed parts and structure hints, and the id. The
 * result is checked by building the article from it, as the site will.
 */
export function inferSource(text: string, options: InferSourceOptions): InferredSource {
  let detected = detectLanguage(text);
  let segmentation = segmentCapture(text, detected.language);
  const articleText = segmentation.article.map((segment) => text.slice(segment.start, segment.end)).join('\n');
  const fromArticle = detectLanguage(articleText || text);
  if (fromArticle.language !== detected.language) segmentation = segmentCapture(text, fromArticle.language);
  detected = fromArticle;
  const language = detected.language;

  const title = inferTitle(segmentation, text);
  const outlet = inferOutlet(text, segmentation);
  const published = inferPublished(text, segmentation, language, options.today);
  const author = inferAuthor(segmentation);
  const url = inferUrl(text);
  const { parts: removed, skipped } = quoteRemovedParts(text, segmentation.removed);
  let structure = quoteStructure(text, segmentation.article, segmentation.removed);
  const id = makeSourceId(published.published.date, outlet.outlet, title.title);
  const captureFile = `${id}.txt`;
  const build = (hints: Structure) => buildArticle(text, { removed, structure: hints }, { file: `${id}.mdx`, captureFile });
  let article: Article;
  try {
    article = build(structure);
  } catch {
    // A hint the build refuses (a heading that is not unique after all): the line-based cutting is a safe floor.
    structure = { headings: [], paragraphs: [], breaks: [] };
    article = build(structure);
  }
  // Where the build's line-based cutting differs from the segmentation, a break hint at each paragraph it missed.
  const starts = new Set(article.blocks.map((block) => block.start));
  const itemStarts = new Set(article.blocks.filter((block) => block.kind === 'item').map((block) => block.start));
  const itemJustAfter = (at: number) => itemStarts.has(at + 1) || itemStarts.has(at + 2) || itemStarts.has(at + 3);
  const missed = segmentation.article.filter((segment) => !starts.has(segment.start) && !itemJustAfter(segment.start));
  if (missed.length > 0) {
    const breaks = missed.map((segment) => uniqueOpening(text, segment.start, text.slice(segment.start, segment.end))).filter((hint) => hint !== undefined);
    const withBreaks = { ...structure, breaks: [...structure.breaks, ...breaks.filter((hint) => !structure.breaks.includes(hint))] };
    try {
      article = build(withBreaks);
      structure = withBreaks;
    } catch {
      // Keep the article as it was: the editor will see the structure to fix in the report.
    }
  }

  const unchecked: SourceData['unchecked'] = ['title', 'outlet', 'author'];
  if (url !== null) unchecked.push('url');
  unchecked.push('published');
  if (detected.confidence === 'low') unchecked.push('language');
  if (removed.length > 0) unchecked.push('removed');
  if (structure.headings.length + structure.paragraphs.length + structure.breaks.length > 0) unchecked.push('structure');

  return {
    id,
    data: {
      capture: captureFile,
      title: title.title,
      titleBasis: title.basis,
      outlet: outlet.outlet,
      author,
      url,
      published: published.published,
      language,
      removed,
      structure,
      unchecked,
    },
    article,
    segmentation,
    clues: { outlet: outlet.clue, published: published.clue, language: detected },
    unquoted: skipped.map((span) => `${span.kind} "${text.slice(span.start, span.end).replace(/\s+/gu, ' ').slice(0, 60)}"`),
  };
}
