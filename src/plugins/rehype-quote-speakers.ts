import type { Element, ElementContent, Root } from 'hast';
import { visitParents } from 'unist-util-visit-parents';

export interface QuoteSpeakersOptions {
  /** The speaker's name and page, from the entity id set by rehypeQuoteMarks. */
  speaker: (entity: string) => { name: string; href: string } | undefined;
}

/**
 * Shows who said each attributed quotation, right after it: a label that
 * links to the speaker's page, marked as the editors' attribution.
 *
 * `<span class="quotation" data-speaker="sam-altman">« Non merci »</span>` → `… <a class="speaker" href="/entites/sam-altman/">Sam Altman</a>`
 */
export function rehypeQuoteSpeakers(options: Readonly<QuoteSpeakersOptions>) {
  return (tree: Root) => {
    const found: { node: Element; parent: Element | Root }[] = [];
    visitParents(tree, 'element', (node: Element, ancestors) => {
      if (typeof node.properties.dataSpeaker === 'string') found.push({ node, parent: ancestors.at(-1) as Element | Root });
    });
    for (const { node, parent } of found) {
      const speaker = options.speaker(node.properties.dataSpeaker as string);
      if (!speaker) continue;
      const label: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['speaker'], href: speaker.href, dataExtra: '', dataPagefindIgnore: '' },
        children: [
          { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: ' propos attribués à ' }] },
          { type: 'text', value: speaker.name },
        ],
      };
      const children = parent.children as ElementContent[];
      children.splice(children.indexOf(node) + 1, 0, label);
    }
  };
}
