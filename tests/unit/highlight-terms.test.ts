import { describe, expect, it } from 'vitest';
import { highlightTerms, withHighlight } from '../../src/scripts/highlight-terms.ts';

describe('highlightTerms', () => {
  it('drops the elision, with the typographic or the straight apostrophe', () => {
    expect(highlightTerms('l’avocat')).toEqual(['avocat']);
    expect(highlightTerms("l'avocat")).toEqual(['avocat']);
    expect(highlightTerms('L’avocat de Musk')).toEqual(['avocat', 'de', 'Musk']);
  });

  it('drops every French elision, qu’ included with the words that end in it', () => {
    const words = ['d’OpenAI', 'n’est', 's’il', 'j’ai', 'c’est', 'm’a', 't’a', 'qu’OpenAI', 'jusqu’au', 'lorsqu’il', 'puisqu’elle'];
    expect(highlightTerms(words.join(' '))).toEqual(['OpenAI', 'est', 'il', 'ai', 'a', 'au', 'elle']);
  });

  it('keeps an apostrophe that is no elision', () => {
    expect(highlightTerms('aujourd’hui')).toEqual(['aujourd’hui']);
  });

  it('keeps a decimal number whole', () => {
    expect(highlightTerms('97,4 milliards')).toEqual(['97,4', 'milliards']);
    expect(highlightTerms('9.74')).toEqual(['9.74']);
  });

  it('drops the punctuation around a word, and words that are nothing else', () => {
    expect(highlightTerms('« Toberoff », (Musk)? l’ — "OpenAI"')).toEqual(['Toberoff', 'Musk', 'OpenAI']);
  });

  it('gives each word once, whatever its case', () => {
    expect(highlightTerms('Musk musk  MUSK')).toEqual(['Musk']);
    expect(highlightTerms('  ')).toEqual([]);
  });
});

describe('withHighlight', () => {
  it('puts the words in the query, before the fragment, under the base path', () => {
    expect(withHighlight('/dossier/#offre-de-rachat', ['avocat'], 'surligner')).toBe('/dossier/?surligner=avocat#offre-de-rachat');
    expect(withHighlight('/sources/x/', ['97,4', 'milliards'], 'surligner')).toBe('/sources/x/?surligner=97%2C4&surligner=milliards');
  });

  it('leaves a link alone when there is nothing to highlight', () => {
    expect(withHighlight('/sources/x/#texte', [], 'surligner')).toBe('/sources/x/#texte');
  });
});
