import { describe, expect, it } from 'vitest';
import { localDay, memoryRanges } from '../../../../src/renderer/src/home/home-days';
import { excerpt } from '../../../../src/renderer/src/home/words';

// Local dates, built from parts so the test means the same in every time zone.
const on = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h);

describe('on this day', () => {
  it('looks a month and a year back, a day either side', () => {
    expect(memoryRanges(on(2026, 12, 5))).toEqual([
      { label: 'A month ago', from: '2026-11-04', to: '2026-11-06' },
      { label: 'A year ago', from: '2025-12-04', to: '2025-12-06' },
    ]);
  });

  it('crosses the year and the month ends', () => {
    expect(memoryRanges(on(2027, 1, 1))).toEqual([
      { label: 'A month ago', from: '2026-11-30', to: '2026-12-02' },
      { label: 'A year ago', from: '2025-12-31', to: '2026-01-02' },
    ]);
  });

  it('puts the 31st on the last day of a shorter month, and 29 February on the 28th', () => {
    expect(memoryRanges(on(2026, 3, 31))[0]).toEqual({ label: 'A month ago', from: '2026-02-27', to: '2026-03-01' });
    expect(memoryRanges(on(2028, 3, 31))[0]).toEqual({ label: 'A month ago', from: '2028-02-28', to: '2028-03-01' });
    expect(memoryRanges(on(2028, 2, 29))[1]).toEqual({ label: 'A year ago', from: '2027-02-27', to: '2027-03-01' });
  });

  it('reads the local day, not the UTC one, late at night', () => {
    expect(localDay(on(2026, 12, 5, 23))).toBe('2026-12-05');
    expect(localDay(on(2026, 12, 5, 0))).toBe('2026-12-05');
  });
});

describe('excerpt', () => {
  it('keeps a short entry whole and cuts a long one at a word', () => {
    expect(excerpt('Tea on the  balcony\nbefore work.')).toBe('Tea on the balcony before work.');
    expect(excerpt('We walked along the canal at dusk and talked', 20)).toBe('We walked along the…');
  });
});
