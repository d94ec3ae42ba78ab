import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../src/lib/word-diff.ts';

/** The diff written the way a reader without the stylesheet sees it: [+…] added, [−…] removed. */
const shown = (from: string, to: string) =>
  wordDiff(from, to)
    .map((part) => (part.kind === 'same' ? part.text : part.kind === 'added' ? `[+${part.text}]` : `[−${part.text}]`))
    .join('');

describe('wordDiff', () => {
  it('keeps the spaces around a change outside it, so the words around it stay apart', () => {
    expect(shown('pas une personne heureuse', 'Je ne pense pas qu’il soit une personne heureuse. J’ai de la compassion pour lui.')).toBe(
      '[+Je ne pense] pas [+qu’il soit] une personne heureuse[+. J’ai de la compassion pour lui.]',
    );
    expect(shown('Non merci, mais nous pouvons racheter Twitter pour 9,74 milliards de dollars si vous le souhaitez.', 'Non merci, mais nous rachèterons Twitter pour 9,74 milliards si tu veux')).toBe(
      'Non merci, mais nous [−pouvons racheter][+rachèterons] Twitter pour 9,74 milliards [−de dollars] si [−vous le souhaitez.][+tu veux]',
    );
  });

  it('starts and ends every change on a word or a mark, never on a space', () => {
    const pairs = [
      ['a b c', 'a c'],
      ['x a', 'a'],
      ['a', 'a x'],
      ['Il est temps pour OpenAI de redevenir la force positive', 'Il est temps qu’OpenAI redevienne la force open source'],
    ] as const;
    for (const [from, to] of pairs) {
      for (const part of wordDiff(from, to)) if (part.kind !== 'same') expect(part.text).toMatch(/^\S(?:.*\S)?$/su);
    }
  });

  it('keeps both versions whole: the shared and removed text is the first, the shared and added text the second', () => {
    const [from, to] = ['Non merci, mais nous pouvons racheter Twitter', 'Non merci. Mais nous pouvons racheter X pour 9,74 milliards.'];
    const parts = wordDiff(from, to);
    const squeeze = (text: string) => text.replace(/\s+/gu, ' ').trim();
    expect(squeeze(parts.filter((part) => part.kind !== 'added').map((part) => part.text).join(''))).toBe(from);
    expect(squeeze(parts.filter((part) => part.kind !== 'removed').map((part) => part.text).join(''))).toBe(to);
  });

  it('merges the shared text into one part, and reads the two apostrophes and a change of spacing alone as no change', () => {
    expect(wordDiff("n'est pas  à vendre", 'n’est pas à vendre')).toEqual([{ kind: 'same', text: 'n’est pas à vendre' }]);
  });
});
