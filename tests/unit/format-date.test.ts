import { describe, expect, it } from 'vitest';
import { formatBounds, formatDate, formatEventDate } from '../../src/lib/format-date.ts';

describe('formatDate', () => {
  it('writes a day in French with its weekday', () => {
    expect(formatDate('2025-02-10')).toBe('lundi 10 février 2025');
    expect(formatDate('2025-02-17')).toBe('lundi 17 février 2025');
    expect(formatDate('2024-12-25')).toBe('mercredi 25 décembre 2024');
  });

  it('writes the first of the month « 1er »', () => {
    expect(formatDate('2025-02-01')).toBe('samedi 1er février 2025');
    expect(formatDate('2025-08-01', { weekday: false })).toBe('1er août 2025');
  });

  it('leaves the weekday out on demand', () => {
    expect(formatDate('2025-02-10', { weekday: false })).toBe('10 février 2025');
  });

  it('writes a month and a year at their own precision', () => {
    expect(formatDate('2024-12')).toBe('décembre 2024');
    expect(formatDate('2025-02')).toBe('février 2025');
    expect(formatDate('2015')).toBe('2015');
  });

  it('names every month', () => {
    expect(Array.from({ length: 12 }, (_, i) => formatDate(`2025-${String(i + 1).padStart(2, '0')}`).split(' ')[0])).toEqual([
      'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
    ]);
  });

  it('refuses what is not a date', () => {
    expect(() => formatDate('2025-13-01')).toThrowErrorMatchingInlineSnapshot(`[Error: formatDate: "2025-13-01" is not a date written YYYY, YYYY-MM or YYYY-MM-DD.]`);
    expect(() => formatDate('10 février 2025')).toThrow('is not a date');
  });
});

describe('formatBounds', () => {
  it('says between which days an event took place', () => {
    expect(formatBounds('2025-02-10', '2025-02-17')).toBe('entre le 10 et le 17 février 2025');
    expect(formatBounds('2025-01-28', '2025-02-03')).toBe('entre le 28 janvier et le 3 février 2025');
    expect(formatBounds('2024-12-30', '2025-01-02')).toBe('entre le 30 décembre 2024 et le 2 janvier 2025');
  });

  it('says a single bound as « au plus tôt » or « au plus tard »', () => {
    expect(formatBounds('2025-02-01', undefined)).toBe('au plus tôt le 1er février 2025');
    expect(formatBounds(undefined, '2025-02-10')).toBe('au plus tard le 10 février 2025');
  });

  it('says nothing when there is no bound', () => {
    expect(formatBounds(undefined, undefined)).toBeUndefined();
  });
});

describe('formatEventDate', () => {
  it('says two consecutive days « 10 ou 11 février 2025 »', () => {
    expect(formatEventDate({ date: '2025-02', notBefore: '2025-02-10', notAfter: '2025-02-11' })).toBe('10 ou 11 février 2025');
    expect(formatEventDate({ date: '2025', notBefore: '2025-01-31', notAfter: '2025-02-01' })).toBe('31 janvier ou 1er février 2025');
    expect(formatEventDate({ date: '2024', notBefore: '2024-12-31', notAfter: '2025-01-01' })).toBe('31 décembre 2024 ou 1er janvier 2025');
  });

  it('narrows the date by the bounds within it, in one phrase, without saying the year twice', () => {
    expect(formatEventDate({ date: '2025', notAfter: '2025-02-10' })).toBe('2025, au plus tard le 10 février');
    expect(formatEventDate({ date: '2025-02', notAfter: '2025-02-17' })).toBe('février 2025, au plus tard le 17');
    expect(formatEventDate({ date: '2025-02', notBefore: '2025-02-01' })).toBe('février 2025, au plus tôt le 1er');
    expect(formatEventDate({ date: '2025-02', notBefore: '2025-02-10', notAfter: '2025-02-17' })).toBe('entre le 10 et le 17 février 2025');
    expect(formatEventDate({ date: '2025-02-10' })).toBe('lundi 10 février 2025');
    expect(formatEventDate({ date: '2015' })).toBe('2015');
  });

  it('gives only the bounds when they reach beyond the period of the date', () => {
    expect(formatEventDate({ date: '2019', notAfter: '2025-02-10' })).toBe('entre 2019 et le 10 février 2025');
    expect(formatEventDate({ date: '2019', notBefore: '2019-06-01', notAfter: '2025-02-10' })).toBe('entre le 1er juin 2019 et le 10 février 2025');
    expect(formatEventDate({ date: '2019', notBefore: '2018-06-01' })).toBe('au plus tôt le 1er juin 2018');
  });
});
