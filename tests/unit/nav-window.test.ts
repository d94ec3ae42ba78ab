import { describe, expect, it } from 'vitest';
import { navWindow } from '../../src/lib/nav-window.ts';

const sources = Array.from({ length: 10 }, (_, i) => ({ id: `s${i}` }));
const ids = (window: ReturnType<typeof navWindow>) => window.shown.map((source) => source.id);

describe('navWindow', () => {
  it('lists every source of a dossier no larger than the limit', () => {
    const window = navWindow(sources, 's3', 10);
    expect(window.shown).toBe(sources);
    expect([window.before, window.after]).toEqual([0, 0]);
  });

  it('centres the list on the current source', () => {
    const window = navWindow(sources, 's5', 4);
    expect(ids(window)).toEqual(['s3', 's4', 's5', 's6']);
    expect([window.before, window.after]).toEqual([3, 3]);
  });

  it('keeps the list full at either end of the dossier', () => {
    expect(ids(navWindow(sources, 's0', 4))).toEqual(['s0', 's1', 's2', 's3']);
    const last = navWindow(sources, 's9', 4);
    expect(ids(last)).toEqual(['s6', 's7', 's8', 's9']);
    expect([last.before, last.after]).toEqual([6, 0]);
  });

  it('lists the latest sources on a page that is no source’s', () => {
    expect(ids(navWindow(sources, undefined, 3))).toEqual(['s7', 's8', 's9']);
    expect(ids(navWindow(sources, 'unknown', 3))).toEqual(['s7', 's8', 's9']);
  });

  it('lists the same number of sources whatever the size of the dossier', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ id: `s${i}` }));
    expect(navWindow(many, 's2500', 20).shown).toHaveLength(20);
  });
});
