import { describe, expect, it } from 'vitest';
import { addDays, bucketSql, bucketsBetween, weekStart } from '../../../../../src/main/core/timeline';
import { useTempDirs } from '../../../../support/temp-dir';
import { openJournal } from '../journal/fixture';

const tempDir = useTempDirs();

describe('calendar days', () => {
  it('finds the start of a week for any first weekday', () => {
    // Wednesday 4 March 2026.
    expect([0, 1, 2, 3, 4, 5, 6].map((start) => weekStart('2026-03-04', start))).toEqual([
      '2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-02-26', '2026-02-27', '2026-02-28',
    ]);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('buckets in SQL exactly as in TypeScript, for every first weekday across a year', () => {
    const db = openJournal(tempDir());
    const days = Array.from({ length: 400 }, (_, i) => addDays('2025-12-01', i));
    for (let start = 0; start < 7; start += 1) {
      const inSql = db.prepare(`SELECT ${bucketSql('@d', 'week', start)} AS w`).pluck();
      for (const day of days) expect(inSql.get({ d: day }), `${day} / ${start}`).toBe(weekStart(day, start));
    }
    expect(db.prepare(`SELECT ${bucketSql('@d', 'month', 1)}`).pluck().get({ d: '2026-02-17' })).toBe('2026-02-01');
    expect(() => bucketSql('day', 'week', 7)).toThrow(RangeError);
    db.close();
  });

  it('lists every bucket of a range, the empty ones too, and stops at a maximum', () => {
    expect(bucketsBetween('2026-01-31', '2026-03-01', 'month', 1, 10)).toEqual([
      { start: '2026-01-01', end: '2026-01-31' },
      { start: '2026-02-01', end: '2026-02-28' },
      { start: '2026-03-01', end: '2026-03-31' },
    ]);
    expect(bucketsBetween('2026-03-04', '2026-03-04', 'week', 6, 10)).toEqual([{ start: '2026-02-28', end: '2026-03-06' }]);
    expect(bucketsBetween('2026-01-01', '2026-12-31', 'week', 1, 10)).toBeNull();
  });
});
