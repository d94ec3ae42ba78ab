import type { Root } from 'hast';
import type { EntityFinder } from '../lib/find-entity-mentions.ts';
import { articleBlocks, markableText, wrapTextRange } from '../lib/wrap-text-range.ts';

export interface EntityMarksOptions {
  /** The finder built once from the registry (createEntityFinder). */
  finder: EntityFinder;
  /** The address of an entity's page, from its id. */
  href: (entity: string) => string;
}

/**
 * Marks every registered entity mention in the article as a link to its page.
 *
 * `Elon Musk a fait une offre` → `<a class="entity" href="/entites/elon-musk/">Elon Musk</a> a fait une offre`
 */
export function rehypeEntityMarks(options: Readonly<EntityMarksOptions>) {
  return (tree: Root) => {
    for (const block of articleBlocks(tree)) {
      for (const mention of options.finder.find(markableText(block)).reverse()) {
        wrapTextRange(block, mention.start, mention.end, () => ({
          type: 'element',
          tagName: 'a',
          properties: { className: ['entity'], href: options.href(mention.entity), dataEntity: mention.entity },
          children: [],
        }));
      }
    }
  };
}
