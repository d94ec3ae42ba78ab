import { describe, expect, it } from 'vitest';
import { beginsWith, matchedWords, pagefindWord, searchWords, wordsNotFound } from '../../src/scripts/words-not-found.ts';

describe('pagefindWord', () => {
  it('reads a word as Pagefind looks it up: lowercase, no punctuation inside nor accents', () => {
    expect(pagefindWord('L’avocat')).toBe('lavocat');
    expect(pagefindWord("l'avocat")).toBe('lavocat');
    expect(pagefindWord('97,4')).toBe('974');
    expect(pagefindWord('Échos')).toBe('echos');
  });
});

describe('searchWords', () => {
  it('splits at spaces only, keeps the typed word for the reader, drops punctuation alone', () => {
    expect(searchWords('« Toberoff » l’avocat —')).toEqual([
      { typed: 'Toberoff', key: 'toberoff' },
      { typed: 'l’avocat', key: 'lavocat' },
    ]);
  });
});

describe('beginsWith', () => {
  it('finds the searched word at the start of a matched word or of a part of it', () => {
    expect(beginsWith('Toberoff,', 'tober')).toBe(true);
    expect(beginsWith("l'avocat", 'avocat')).toBe(true);
    expect(beginsWith("l'avocat", 'lavocat')).toBe(true);
    expect(beginsWith('97,4', '974')).toBe(true);
  });

  it('does not take a shorter word for the searched one', () => {
    expect(beginsWith('X.', 'xyzqw')).toBe(false);
    expect(beginsWith('Bret', 'bretagne')).toBe(false);
    expect(beginsWith("l'IA", 'licorne')).toBe(false);
  });
});

describe('matchedWords', () => {
  it('gives the words at the result’s locations, split as Pagefind splits its content', () => {
    expect(matchedWords({ content: 'Non merci » sur X.\nSam Altman', locations: [4, 6] })).toEqual(['X.', 'Altman']);
  });
});

describe('wordsNotFound', () => {
  /** An exact search that finds only these words' stems. */
  const exact = (stems: string[]) => async (word: string) => (stems.some((stem) => word.startsWith(stem)) ? 3 : 0);
  const xResult = { content: 'Sam Altman répond sur X. Non merci', locations: [4] };

  it('names a word Pagefind fell back from, as typed', async () => {
    expect(await wordsNotFound('« xyzqw »', xResult, exact([]))).toEqual(['xyzqw']);
    expect(await wordsNotFound('Toberoff Xyzqw', { content: 'Marc Toberoff sur X', locations: [1, 3] }, exact([]))).toEqual(['Xyzqw']);
  });

  it('finds a word that begins a matched word: a word being typed', async () => {
    expect(await wordsNotFound('Tober', { content: 'Marc Toberoff, avocat', locations: [1] }, exact([]))).toEqual([]);
  });

  it('finds a word whose stem an exact search finds: another form of it', async () => {
    expect(await wordsNotFound('avocats', { content: "par l'avocat de Musk", locations: [1] }, exact(['avocat']))).toEqual([]);
  });

  it('runs no exact search for a word found in the result', async () => {
    const searched: string[] = [];
    const count = async (word: string) => (searched.push(word), 0);
    expect(await wordsNotFound('l’avocat Musk', { content: "par l'avocat de Musk", locations: [1, 3] }, count)).toEqual([]);
    expect(searched).toEqual([]);
  });

  it('trusts a phrase in quotes, which Pagefind matches exactly', async () => {
    expect(await wordsNotFound('"Marc Toberoff"', xResult, exact([]))).toEqual([]);
  });
});
