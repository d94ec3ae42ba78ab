import { describe, expect, it } from 'vitest';
import { chunk } from '../../src/lib/chunk.ts';

describe('chunk', () => {
  it('cuts a list into pages of the given size, the last one shorter', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('makes one empty page of an empty list, so a page still exists', () => {
    expect(chunk([], 3)).toEqual([[]]);
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => chunk([1], 0)).toThrow('chunk size must be a positive integer, got 0');
  });
});
