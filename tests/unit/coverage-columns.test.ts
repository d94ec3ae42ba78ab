import { describe, expect, it } from 'vitest';
import { coverageColumns } from '../../src/lib/coverage-columns.ts';

const sources = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
const events = [{ citations: [{ source: 'c' }, { source: 'a' }] }, { citations: [{ source: 'c' }] }];

describe('coverageColumns', () => {
  it('gives every source a column while they are no more than the limit, even one that reports nothing', () => {
    expect(coverageColumns(events, sources, 4)).toBe(sources);
  });

  it('keeps only the sources that report one of the events beyond the limit, in publication order', () => {
    expect(coverageColumns(events, sources, 3).map((source) => source.id)).toEqual(['a', 'c']);
  });
});
