import type { Element, ElementContent, Root } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import { isExtra, markableText } from '../lib/wrap-text-range.ts';

export interface QuoteSpeakersOptions {
  /** The speaker's name and page, from the entity id set by rehypeQuoteMarks. */
  speaker: (entity: string) => { name: string; href: string } | undefined;
}

/** How close after a quotation the text may name its speaker for the label to be left out (« », a déclaré Elon Musk »). */
const NAMED_WITHIN = 40;

/** Whether the text right after the quotation names its speaker (an entity mark of the speaker starts within NAMED_WITHIN characters). */
function namedRightAfter(siblings: readonly ElementContent[], at: number, speaker: string): boolean {
  let distance = 0;
  for (const node of siblings.slice(at + 1)) {
    if (distance > NAMED_WITHIN) return false;
    if (node.type === 'element' && node.properties.dataEntity === speaker) return true;
    // Counted in the source's words, as the marks read them: note calls and other extras add none.
    distance += node.type === 'text' ? node.value.length : node.type === 'element' && !isExtra(node) ? markableText(node).length : 0;
  }
  return false;
}

/**
 * Shows who said each attributed quotation, right after it: a label that
 * links to the speaker's page, marked as the editors' attribution. Left out
 * when the text names the speaker right after the quotation (« », a déclaré
 * Elon Musk »): the reader would see the name twice.
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
      const children = parent.children as ElementContent[];
      if (namedRightAfter(children, children.indexOf(node), node.properties.dataSpeaker as string)) continue;
      const label: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['speaker'], href: speaker.href, dataExtra: '', dataPagefindIgnore: '' },
        children: [
          { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: ' propos attribués à ' }] },
          { type: 'text', value: speaker.name },
        ],
      };
      children.splice(children.indexOf(node) + 1, 0, label);
    }
  };
}
