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
 * `wordDiff('nous pouvons racheter X', 'nous rachèterons Twitter')` →
 * same « nous », removed « pouvons racheter X », added « rachèterons Twitter »
 */
export function wordDiff(from: string, to: string): DiffPart[] {
  // Compared (and shown) with the French apostrophe: ' and ’ are not a difference of wording.
  const typographic = (text: string) => text.replaceAll("'", '’');
  return diffWords(typographic(from), typographic(to)).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}
