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
 * Marks every registered entity mention in the article: the first mention of
 * each entity is a link to its page, the later ones a plain mark with the same
 * `data-entity` (one link a name is enough to reach its page; a link at every
 * « OpenAI » drowned the text and made each a Tab stop).
 *
 * `Elon Musk a fait une offre ; Musk` → `<a class="entity" href="/entites/elon-musk/" data-entity="elon-musk">Elon Musk</a> a fait une offre ; <span class="entity" data-entity="elon-musk">Musk</span>`
 */
export function rehypeEntityMarks(options: Readonly<EntityMarksOptions>) {
  return (tree: Root) => {
    const linked = new Set<string>();
    for (const block of articleBlocks(tree)) {
      const mentions = options.finder.find(markableText(block));
      const first = new Set(mentions.filter((mention) => !linked.has(mention.entity) && linked.add(mention.entity)));
      for (const mention of mentions.reverse()) {
        wrapTextRange(block, mention.start, mention.end, () =>
          first.has(mention)
            ? { type: 'element', tagName: 'a', properties: { className: ['entity'], href: options.href(mention.entity), dataEntity: mention.entity }, children: [] }
            : { type: 'element', tagName: 'span', properties: { className: ['entity'], dataEntity: mention.entity }, children: [] },
        );
      }
    }
  };
}
