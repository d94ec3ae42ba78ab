import type { Element, ElementContent, Root } from 'hast';
import type { AnchoredNote } from '../lib/anchored-note.ts';
import { articleBlocks, wrapTextRange } from '../lib/wrap-text-range.ts';

export interface EditorNotesOptions {
  notes: readonly AnchoredNote[];
}

const extra = { dataExtra: '', dataPagefindIgnore: '' };

/**
 * Anchors the editors' notes to their passages: the passage is marked and
 * followed by the note's number, a link to the note; the note follows its
 * paragraph in an `aside` (set beside it on wide screens by CSS), with a link
 * back. Plain links and landmarks: readable without JavaScript, by keyboard
 * and by screen readers, and visibly the editors' words, not the source's.
 *
 * `capped-profit` → `<mark class="noted">capped-profit</mark><sup class="note-call"><a href="#note-1" id="note-call-1">1</a></sup>`
 */
export function rehypeEditorNotes(options: Readonly<EditorNotesOptions>) {
  return (tree: Root) => {
    if (options.notes.length === 0) return;
    const asides = new Map<Element, Element[]>();
    for (const block of articleBlocks(tree)) {
      const notes = options.notes.filter((note) => note.block === block.properties.id);
      for (const note of [...notes].sort((a, b) => b.start - a.start)) {
        const marks = wrapTextRange(block, note.start, note.end, () => ({
          type: 'element',
          tagName: 'mark',
          properties: { className: ['noted'] },
          children: [],
        }));
        const last = marks.at(-1);
        if (!last) continue;
        const call: Element = {
          type: 'element',
          tagName: 'sup',
          properties: { className: ['note-call'], ...extra },
          children: [
            {
              type: 'element',
              tagName: 'a',
              properties: { href: `#note-${note.n}`, id: `note-call-${note.n}`, ariaLabel: `Note ${note.n} de la rédaction` },
              children: [{ type: 'text', value: String(note.n) }],
            },
          ],
        };
        insertAfter(tree, last, call);
      }
      const ordered = [...notes].sort((a, b) => a.n - b.n);
      if (ordered.length > 0) asides.set(block, ordered.map(noteAside));
    }
    for (const [block, notes] of asides) {
      if (block.tagName === 'li') block.children.push(...notes);
      else insertAfter(tree, block, ...notes);
    }
  };
}

function noteAside(note: AnchoredNote): Element {
  return {
    type: 'element',
    tagName: 'aside',
    properties: { className: ['note'], id: `note-${note.n}`, ariaLabel: `Note ${note.n} de la rédaction`, ...extra },
    children: [
      {
        type: 'element',
        tagName: 'p',
        properties: {},
        children: [
          { type: 'element', tagName: 'span', properties: { className: ['note-number'] }, children: [{ type: 'text', value: `${note.n}.` }] },
          { type: 'text', value: ' ' },
          { type: 'element', tagName: 'span', properties: { className: ['badge'] }, children: [{ type: 'text', value: 'Note de la rédaction' }] },
          { type: 'text', value: ` ${note.body} ` },
          {
            type: 'element',
            tagName: 'a',
            properties: { href: `#note-call-${note.n}`, className: ['note-back'], ariaLabel: `Retour au texte de la note ${note.n}` },
            children: [{ type: 'text', value: '↩' }],
          },
        ],
      },
    ],
  };
}

/** Puts `nodes` right after `target`, wherever it is in the tree. */
function insertAfter(tree: Root, target: Element, ...nodes: Element[]): void {
  const visit = (parent: Root | Element): boolean => {
    const children = parent.children as ElementContent[];
    const at = children.indexOf(target);
    if (at !== -1) {
      children.splice(at + 1, 0, ...nodes);
      return true;
    }
    return children.some((child) => child.type === 'element' && visit(child));
  };
  visit(tree);
}
