import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { rehypeAmountMarks } from '../plugins/rehype-amount-marks.ts';
import { rehypeBlockAnchors } from '../plugins/rehype-block-anchors.ts';
import { rehypeDateMarks } from '../plugins/rehype-date-marks.ts';
import { rehypeEditorNotes } from '../plugins/rehype-editor-notes.ts';
import { rehypeEntityMarks } from '../plugins/rehype-entity-marks.ts';
import { rehypeQuoteMarks } from '../plugins/rehype-quote-marks.ts';
import { rehypeQuoteSpeakers } from '../plugins/rehype-quote-speakers.ts';
import type { AnchoredNote } from './anchored-note.ts';
import { articleToHast } from './article-to-hast.ts';
import type { Article } from './build-article.ts';
import type { DateContext } from './find-dates.ts';
import type { EntityFinder } from './find-entity-mentions.ts';

/** What the annotation plugins need; without it the article is rendered plain. */
export interface Annotations {
  finder: EntityFinder;
  entityHref: (id: string) => string;
  entityName: (id: string) => string | undefined;
  notes: readonly AnchoredNote[];
  speakers: readonly {
    block: string;
    start: number;
    end: number;
    speaker: string;
  }[];
  published: DateContext['published'];
}

/**
 * The article's HTML: its tree of text nodes through the rehype plugins, one
 * concern each — quotations (outermost), editors' notes, dates, amounts,
 * entities (innermost), then the additions beside the words (speakers,
 * paragraph anchors) — serialised with every text escaped. French spacing is
 * the page's (src/middleware.ts), as for every text of the site.
 */
export function renderArticle(article: Readonly<Article>, annotations?: Readonly<Annotations>): string {
  const processor = unified();
  if (annotations) {
    processor
      .use(rehypeQuoteMarks, {
        speakerOf: (block: string, start: number, end: number) => annotations.speakers.find((quote) => quote.block === block && quote.start === start && quote.end === end)?.speaker,
      })
      .use(rehypeEditorNotes, { notes: annotations.notes })
      .use(rehypeDateMarks, { published: annotations.published })
      .use(rehypeAmountMarks)
      .use(rehypeEntityMarks, {
        finder: annotations.finder,
        href: annotations.entityHref,
      })
      .use(rehypeQuoteSpeakers, {
        speaker: (id: string) => {
          const name = annotations.entityName(id);
          return name ? { name, href: annotations.entityHref(id) } : undefined;
        },
      });
  }
  processor.use(rehypeBlockAnchors);
  const tree = processor.runSync(articleToHast(article)) as Root;
  return toHtml(tree);
}

/**
 * A source's title as HTML, with its dates and sums of money marked like the
 * article's (« 97,4 milliards $ » shows its value in full); no entity links, so
 * the heading reads as a heading.
 */
export function renderTitle(title: string, published: DateContext['published']): string {
  // The plugins mark text in the article's blocks: give the title one.
  const block: Element = {
    type: 'element',
    tagName: 'p',
    properties: { id: 'titre' },
    children: [{ type: 'text', value: title }],
  };
  const root: Root = { type: 'root', children: [block] };
  const tree = unified().use(rehypeDateMarks, { published }).use(rehypeAmountMarks).runSync(root) as Root;
  return toHtml((tree.children[0] as Element).children);
}
