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

  it('files an event whose bounds span years under those years, not under the first', () => {
    const periods = timelinePeriods([
      { date: '2015' },
      { date: '2015', notAfter: '2025-02-10' },
      { date: '2019' },
      { date: '2019', notAfter: '2025-02-10' },
      { date: '2019', notAfter: '2025-02-10' },
      { date: '2025', notAfter: '2025-02-10' },
      { date: '2025-02', notBefore: '2025-02-10', notAfter: '2025-02-17' },
    ]);
    expect(periods.map((period) => [period.id, period.label, period.events.length])).toEqual([
      ['2015', '2015', 1],
      ['2015-2025', 'Entre 2015 et 2025', 1],
      ['2019', '2019', 1],
      ['2019-2025', 'Entre 2019 et 2025', 2],
      ['2025', '2025', 2],
    ]);
  });
});
