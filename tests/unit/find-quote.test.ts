import { describe, expect, it } from 'vitest';
import { findQuote } from '../../src/lib/find-quote.ts';

describe('findQuote', () => {
  it('finds a passage whatever the white space between its words', () => {
    const text = 'a accusé\u00A0 Sam\nAltman de malversations';
    const [span] = findQuote(text, { exact: 'accusé Sam Altman' });
    expect(text.slice(span!.start, span!.end)).toBe('accusé\u00A0 Sam\nAltman');
  });

  it('keeps only the occurrence whose prefix and suffix match', () => {
    expect(findQuote('a b a c', { exact: 'a', suffix: 'c' })).toEqual([{ start: 4, end: 5 }]);
    expect(findQuote('x a b a c', { exact: 'a', prefix: 'x' })).toEqual([{ start: 2, end: 3 }]);
  });

  it('tells the typographic apostrophe from the ASCII one', () => {
    expect(findQuote('l’avocat', { exact: "l'avocat" })).toEqual([]);
  });
});
