import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balanceBidi } from '../../src/lib/balance-bidi.ts';
import { isolateBidi } from '../../src/lib/isolate-bidi.ts';
import { unpairedBidiControls } from '../support/unpaired-bidi-controls.ts';

/** Text made of the characters that matter here, and plain letters. */
const tricky = (chars: string) => fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((list) => list.join(''));
const BIDI_CHARS = 'ab \n\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';

describe('balanceBidi', () => {
  it('removes an override that nothing closes, so that what follows the text is not turned around', () => {
    expect(balanceBidi('Titre piégé\u202E à l’envers')).toBe('Titre piégé à l’envers');
    expect(`${balanceBidi('Titre\u2067 isolé')} — Dossier`).toBe('Titre isolé — Dossier');
  });

  it('keeps controls that are paired, and removes closers that close nothing', () => {
    expect(balanceBidi('a\u202Eb\u202Cc \u2067d\u2069')).toBe('a\u202Eb\u202Cc \u2067d\u2069');
    expect(balanceBidi('a\u202Cb\u2069c')).toBe('abc');
  });

  it('follows the bidi algorithm: a PDF does not close across an isolate, a PDI closes the embeddings inside it, a line end closes everything', () => {
    expect(balanceBidi('\u202Ea\u2066b\u202Cc\u2069')).toBe('a\u2066bc\u2069');
    expect(balanceBidi('\u2066a\u202Eb\u2069')).toBe('\u2066ab\u2069');
    expect(balanceBidi('a\u202Eb\nc\u202C')).toBe('ab\nc');
  });

  it('leaves no bidi control unpaired and removes nothing else, whatever the text', () => {
    const others = (text: string) => text.replace(/[\u202A-\u202E\u2066-\u2069]/gu, '');
    fc.assert(
      fc.property(tricky(BIDI_CHARS), (text) => {
        const balanced = balanceBidi(text);
        return unpairedBidiControls(balanced) === 0 && others(balanced) === others(text) && balanceBidi(balanced) === balanced;
      }),
    );
  });
});

describe('isolateBidi', () => {
  it('isolates a right-to-left title, and leaves any other as it is', () => {
    expect(isolateBidi('عنوان المقال')).toBe('\u2068عنوان المقال\u2069');
    expect(isolateBidi('כותרת')).toBe('\u2068כותרת\u2069');
    expect(isolateBidi('L’offre de Musk')).toBe('L’offre de Musk');
  });
});
