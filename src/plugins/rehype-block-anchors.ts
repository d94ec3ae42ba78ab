import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { BLOCK_TAGS } from '../lib/article-to-hast.ts';

export interface BlockAnchorsOptions {
  /** The accessible name of each anchor, given the block's id. Default: « Lien vers ce passage ». */
  label?: (id: string) => string;
}

/**
 * Gives every paragraph, heading and list item with an id a self-link, so a
 * reader can copy a deep link to the exact passage they want to cite. The
 * link is out of the Tab order (one stop per paragraph made the article a
 * long walk): the page shows it when the pointer or the focus is in its
 * block; the block's id, where every link to the passage lands, stays.
 *
 * `<p id="p-x">…</p>` → `<p id="p-x">…<a class="anchor" href="#p-x" aria-label="Lien vers ce passage" tabindex="-1">¶</a></p>`
 */
export function rehypeBlockAnchors(options: Readonly<BlockAnchorsOptions> = {}) {
  const label = options.label ?? (() => 'Lien vers ce passage');
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const id = node.properties?.id;
      if (typeof id !== 'string' || !Object.values(BLOCK_TAGS).includes(node.tagName)) return;
      node.children.push({ type: 'text', value: ' ' });
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: { className: ['anchor'], href: `#${id}`, ariaLabel: label(id), tabIndex: -1, dataPagefindIgnore: '', dataExtra: '' },
        children: [{ type: 'text', value: '¶' }],
      });
    });
  };
}
