import type { Element, ElementContent, Parents, Text } from 'hast';
import { BLOCK_TAGS } from './article-to-hast.ts';

/**
 * Elements a plugin adds beside the source's words (note calls, speaker
 * labels, paragraph anchors) carry `data-extra`: marks skip them, so every
 * plugin reads the same text, the capture's.
 */
export function isExtra(node: ElementContent): boolean {
  return node.type === 'element' && node.properties?.dataExtra !== undefined;
}

interface Located {
  node: Text;
  parent: Parents;
  start: number;
}

function textNodes(parent: Parents, offset: { at: number }, out: Located[]): Located[] {
  for (const child of parent.children as ElementContent[]) {
    if (child.type === 'text') {
      out.push({ node: child, parent, start: offset.at });
      offset.at += child.value.length;
    } else if (child.type === 'element' && !isExtra(child)) {
      textNodes(child, offset, out);
    }
  }
  return out;
}

/** The element's text as marks see it: its own words, without the extras. */
export function markableText(element: Element): string {
  return textNodes(element, { at: 0 }, []).map((located) => located.node.value).join('');
}

/**
 * Wraps the characters `[start, end)` of the element's markable text in
 * elements made by `make`: one wrapper when the range lies in one text node,
 * one per piece when it crosses other marks.
 */
export function wrapTextRange(element: Element, start: number, end: number, make: () => Element): Element[] {
  const wrappers: Element[] = [];
  for (const { node, parent, start: nodeStart } of textNodes(element, { at: 0 }, [])) {
    const nodeEnd = nodeStart + node.value.length;
    if (nodeEnd <= start || nodeStart >= end) continue;
    const from = Math.max(start, nodeStart) - nodeStart;
    const to = Math.min(end, nodeEnd) - nodeStart;
    const wrapper = make();
    wrapper.children = [{ type: 'text', value: node.value.slice(from, to) }];
    const pieces: ElementContent[] = [];
    if (from > 0) pieces.push({ type: 'text', value: node.value.slice(0, from) });
    pieces.push(wrapper);
    if (to < node.value.length) pieces.push({ type: 'text', value: node.value.slice(to) });
    const children = parent.children as ElementContent[];
    children.splice(children.indexOf(node), 1, ...pieces);
    wrappers.push(wrapper);
  }
  return wrappers;
}

/** The article's blocks — paragraphs, headings and list items with an id — in order. */
export function articleBlocks(tree: Parents): Element[] {
  const blocks: Element[] = [];
  const visit = (parent: Parents) => {
    for (const child of parent.children as ElementContent[]) {
      if (child.type !== 'element') continue;
      if (Object.values(BLOCK_TAGS).includes(child.tagName) && typeof child.properties?.id === 'string') blocks.push(child);
      else visit(child);
    }
  };
  visit(tree);
  return blocks;
}
