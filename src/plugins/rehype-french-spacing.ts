import type { Element, Root, Text } from 'hast';
import { visitParents } from 'unist-util-visit-parents';

/**
 * Makes the spaces French typography binds to punctuation unbreakable, so a
 * line never starts with « : », « ? » or « » » nor ends with « « ».
 * Only spaces already there are changed: text is never added or removed.
 *
 * `« Non merci ! »` → `«\u00A0Non merci\u202F!\u00A0»`
 */
export function rehypeFrenchSpacing() {
  return (tree: Root) => {
    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (ancestors.some((a) => (a as Element).tagName === 'code' || (a as Element).tagName === 'pre')) return;
      node.value = frenchSpacing(node.value);
    });
  };
}

/** The same change on a string. */
export function frenchSpacing(text: string): string {
  return text
    .replace(/« /gu, '«\u00A0')
    .replace(/ »/gu, '\u00A0»')
    .replace(/ :/gu, '\u00A0:')
    .replace(/ ([;!?])/gu, '\u202F$1');
}
