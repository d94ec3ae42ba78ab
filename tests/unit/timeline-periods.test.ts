import { describe, expect, it } from 'vitest';
import { timelinePeriods } from '../../src/lib/timeline-periods.ts';

describe('timelinePeriods', () => {
  it('files events under their year, in order', () => {
    const periods = timelinePeriods([{ date: '2015' }, { date: '2018' }, { date: '2018-05' }, { date: '2025-02-10' }]);
    expect(periods.map((period) => [period.label, period.events.length])).toEqual([
      ['2015', 1],
      ['2018', 2],
      ['2025', 1],
    ]);
  });

  it('files the events dated only within years under a heading that says so, not under their first year', () => {
    // In the order assembleDossier gives: such events first in the year of their last possible day.
    const periods = timelinePeriods([
      { date: '2015' },
      { date: '2019' },
      { date: '2015', notAfter: '2025-02-10' },
      { date: '2019', notAfter: '2025-02-10' },
      { date: '2025', notAfter: '2025-02-10' },
      { date: '2025-02', notBefore: '2025-02-10', notAfter: '2025-02-17' },
    ]);
    expect(periods.map((period) => [period.id, period.label, period.events.length])).toEqual([
      ['2015', '2015', 1],
      ['2019', '2019', 1],
      ['avant-2025', 'Dates incertaines, au plus tard le 10 février 2025', 2],
      ['2025', '2025', 2],
    ]);
  });

  it('says « Date incertaine » for one event', () => {
    expect(timelinePeriods([{ date: '2019', notAfter: '2025-02-10' }])[0]!.label).toBe('Date incertaine, au plus tard le 10 février 2025');
  });

  it('gives the year alone when such events end on different days', () => {
    const [period] = timelinePeriods([
      { date: '2015', notAfter: '2025-02-10' },
      { date: '2019', notAfter: '2025-02-11' },
    ]);
    expect(period!.label).toBe('Dates incertaines, au plus tard en 2025');
  });
});
