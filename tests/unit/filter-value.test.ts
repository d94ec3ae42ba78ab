import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromFilterValue, toFilterValue } from '../../src/lib/filter-value.ts';

/** Text made of the characters that matter here, and plain letters. */
const tricky = (chars: string) => fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((list) => list.join(''));

describe('toFilterValue', () => {
  it('writes the characters a filter value cannot hold as %XX, and fromFilterValue gives the name back', () => {
    expect(toFilterValue('Le "Quotidien" & Cie')).toBe('Le %22Quotidien%22 & Cie');
    expect(toFilterValue('50 % \\ moins')).toBe('50 %25 %5C moins');
    expect(toFilterValue('Sciencepost')).toBe('Sciencepost');
    expect(fromFilterValue('Le %22Quotidien%22 & Cie')).toBe('Le "Quotidien" & Cie');
  });

  it('gives a value JSON writes as it is, and back the same name, whatever the name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), tricky('a%"\\\u0001\u001F%2'), (name, more) => {
        const value = toFilterValue(name + more);
        return JSON.stringify(value) === `"${value}"` && fromFilterValue(value) === name + more;
      }),
    );
  });
});
