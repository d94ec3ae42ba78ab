import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuote, quoteOnlyAt, searchWork, type Span, type TextQuote } from '../../src/lib/find-quote.ts';

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

  it('finds what a plain scan of the folded text finds, overlapping occurrences included', () => {
    fc.assert(
      fc.property(text(40), text(4), fc.option(text(3), { nil: undefined }), fc.option(text(3), { nil: undefined }), fc.nat(40), (capture, exact, prefix, suffix, from) => {
        const quote = { exact, ...(prefix === undefined ? {} : { prefix }), ...(suffix === undefined ? {} : { suffix }) };
        const expected = scan(capture, quote);
        expect(findQuote(capture, quote, from)).toEqual(expected.filter((span) => span.start >= from));
        for (let start = 0; start <= capture.length; start++) {
          expect(quoteOnlyAt(capture, quote, start)).toEqual(expected.length === 1 && expected[0]!.start === start ? expected[0] : undefined);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('tells whether a quote stands only at a place with work that grows with the quote, not with how often it recurs', () => {
    const work = (copies: number) => {
      const capture = 'Le conseil a rejeté l’offre. '.repeat(copies);
      findQuote(capture, { exact: 'x' });
      const before = searchWork.compared;
      for (let k = 0; k < 100; k++) quoteOnlyAt(capture, { exact: 'Le conseil a rejeté', prefix: 'l’offre.' }, 29 * k);
      return searchWork.compared - before;
    };
    expect(work(8000)).toBe(work(1000));
  });
});

const text = (maxLength: number) => fc.array(fc.constantFrom('a', 'b', 'é', ' ', '\n', '\u00A0 '), { maxLength }).map((parts) => parts.join(''));

/** The occurrences as the folded text shows them, by indexOf from each place: what findQuote must return. */
function scan(capture: string, quote: TextQuote): Span[] {
  const fold = (value: string) => {
    let folded = '';
    const origin: number[] = [];
    for (let i = 0; i < value.length; i++) {
      const space = /\s/u.test(value[i]!);
      if (space && folded.endsWith(' ')) continue;
      origin.push(i);
      folded += space ? ' ' : value[i];
    }
    return { folded, origin };
  };
  const trimmed = (value: string | undefined) => (value === undefined ? '' : fold(value).folded.trim());
  const [exact, prefix, suffix] = [trimmed(quote.exact), trimmed(quote.prefix), trimmed(quote.suffix)];
  const { folded, origin } = fold(capture);
  const spans: Span[] = [];
  for (let at = exact === '' ? -1 : folded.indexOf(exact); at !== -1; at = folded.indexOf(exact, at + 1)) {
    if (prefix !== '' && !folded.slice(0, at).trimEnd().endsWith(prefix)) continue;
    if (suffix !== '' && !folded.slice(at + exact.length).trimStart().startsWith(suffix)) continue;
    spans.push({ start: origin[at]!, end: origin[at + exact.length - 1]! + 1 });
  }
  return spans;
}
