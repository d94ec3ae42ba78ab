import type { Element, ElementContent, Root } from 'hast';
import type { Article, Block } from './build-article.ts';

/**
 * The tags of the article's blocks. Its headings are `h3`: the page gives the
 * article a `h2` (« Texte de l’article »), and the article's subheadings are
 * sections of it.
 */
export const BLOCK_TAGS: Readonly<Record<Block['kind'], string>> = { heading: 'h3', paragraph: 'p', item: 'li' };

/**
 * The article as a hast tree: headings as `h3`, paragraphs as `p`, runs of
 * list items as one `ul`, each with its stable id. The capture's text goes in
 * as text nodes only, so nothing in it is ever read as markup or code.
 */
export function articleToHast(article: Readonly<Article>): Root {
  const children: Element[] = [];
  let list: Element | undefined;
  for (const block of article.blocks) {
    if (block.kind === 'item') {
      if (!list) {
        list = element('ul', {}, []);
        children.push(list);
      }
      list.children.push(blockElement(block));
      continue;
    }
    list = undefined;
    children.push(blockElement(block));
  }
  return { type: 'root', children };
}

function blockElement(block: Readonly<Block>): Element {
  return element(BLOCK_TAGS[block.kind], { id: block.id }, [{ type: 'text', value: block.text }]);
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}
