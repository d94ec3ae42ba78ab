import { diffWords } from 'diff';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * The word-by-word difference from one version of a quotation to another:
 * what the second adds, what it drops, what both share. Apostrophes ’ and '
 * count as the same (both shown as ’); case and punctuation count.
 *
 * The spaces around a change are shared text, never part of it: a marked
 * change then starts and ends on a word (or punctuation), and the words
 * around it stay apart however it is shown — struck through, underlined, or
 * between its screen-reader labels (« pense [ajouté : …] pas », not
 * « pense ]pas »).
 *
 * `wordDiff('nous pouvons racheter X', 'nous rachèterons Twitter')` →
 * same « nous », removed « pouvons racheter », added « rachèterons Twitter »
 */
export function wordDiff(from: string, to: string): DiffPart[] {
  // Compared (and shown) with the French apostrophe: ' and ’ are not a difference of wording.
  const typographic = (text: string) => text.replaceAll("'", '’');
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    if (text === '') return;
    const last = parts.at(-1);
    if (kind === 'same' && last?.kind === 'same') last.text += text;
    else parts.push({ kind, text });
  };
  for (const change of diffWords(typographic(from), typographic(to))) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    if (kind === 'same') {
      push(kind, change.value);
      continue;
    }
    const [, before = '', words = '', after = ''] = /^(\s*)(.*?)(\s*)$/su.exec(change.value) ?? [];
    // A change of spacing alone: the new version's spaces stand, the old one's go.
    if (words === '') {
      if (kind === 'added') push('same', change.value);
      continue;
    }
    push('same', before);
    push(kind, words);
    push('same', after);
  }
  return parts;
}
