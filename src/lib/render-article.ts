import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { rehypeBlockAnchors } from '../plugins/rehype-block-anchors.ts';
import { rehypeFrenchSpacing } from '../plugins/rehype-french-spacing.ts';
import { articleToHast } from './article-to-hast.ts';
import type { Article } from './build-article.ts';

const processor = unified().use(rehypeFrenchSpacing).use(rehypeBlockAnchors);

/** The article's HTML: its tree, through the rehype plugins, serialised with every text escaped. */
export function renderArticle(article: Readonly<Article>): string {
  const tree = processor.runSync(articleToHast(article)) as Root;
  return toHtml(tree);
}
