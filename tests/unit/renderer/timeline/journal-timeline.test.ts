import { describe, expect, it } from 'vitest';
import { toFilter, EMPTY_FIND } from '../../../../src/renderer/src/journal/find';
import { lineValue } from '../../../../src/renderer/src/timeline/chart-geometry';
import { countTicks, fittedBuckets, monthLabels } from '../../../../src/renderer/src/timeline/small-multiples';
import { firstDayOfWeek } from '../../../../src/renderer/src/i18n/locale';
import { rangeFor } from '../../../../src/renderer/src/timeline/range';
import { streakWords } from '../../../../src/renderer/src/timeline/words';
import type { TimelineBucket } from '../../../../src/shared/ipc/features/timeline';

describe('the journal filters', () => {
  it('turns each chosen facet into the core filter, and none into no filter', () => {
    expect(toFilter(EMPTY_FIND)).toEqual({ filter: null, rangeError: null });
    expect(toFilter({ ...EMPTY_FIND, author: 'b', theme: 'quality-time', tag: 'trip', from: '2026-01-01', to: '2026-01-31' })).toEqual({
      filter: { authors: ['b'], themes: ['quality-time'], tags: ['trip'], from: '2026-01-01', to: '2026-01-31' },
      rangeError: null,
    });
  });

  it('says when the range ends before it starts, and leaves out a date that does not exist', () => {
    expect(toFilter({ ...EMPTY_FIND, from: '2026-02-01', to: '2026-01-01' })).toEqual({
      filter: null,
      rangeError: 'The end date is before the start date.',
    });
    expect(toFilter({ ...EMPTY_FIND, from: '2026-02-30' }).filter).toBeNull();
  });
});

describe('the timeline', () => {
  it('covers three months and twelve months by week, and everything by month, ending today', () => {
    const now = new Date(2026, 4, 15, 9, 30);
    expect(rangeFor('quarter', now)).toEqual({ from: '2026-02-16', to: '2026-05-15', bucket: 'week' });
    expect(rangeFor('year', now)).toEqual({ from: '2025-05-16', to: '2026-05-15', bucket: 'week' });
    expect(rangeFor('all', now)).toEqual({ to: '2026-05-15', bucket: 'month' });
  });

  it('starts the week where the language does (Sunday is 0), and on Monday when it cannot tell', () => {
    // The timeline takes its week start from the i18n module (tests/unit/renderer/i18n/locale.test.ts).
    expect(firstDayOfWeek('en-US')).toBe(0);
    expect(firstDayOfWeek('en-GB')).toBe(1);
    expect(firstDayOfWeek('not a language tag')).toBe(1);
  });

  it('draws the mean of the three ratings, or one of them, and nothing without check-ins', () => {
    const averages = { close: 4, safe: 5, heard: 3, count: 2 };
    expect(lineValue(averages, 'all')).toBe(4);
    expect(lineValue(averages, 'heard')).toBe(3);
    expect(lineValue(null, 'all')).toBeNull();
    expect(countTicks(0)).toEqual([0, 1, 2]);
    expect(countTicks(3)).toEqual([0, 1, 2, 3, 4]);
    expect(countTicks(9)).toEqual([0, 5, 10]);
  });

  const bucket = (start: string, entries = 0): TimelineBucket => ({
    start,
    end: start,
    sessions: { total: 0, byTheme: {} },
    checkIns: { a: null, b: null },
    entries,
  });

  it('labels a long range by month by its years only', () => {
    const months = Array.from({ length: 30 }, (_, i) => bucket(new Date(Date.UTC(2024, i, 1)).toISOString().slice(0, 10)));
    expect(monthLabels(months, 20, '2026-06-30').map((label) => label.text)).toEqual(['2024', '2025', '2026']);
  });

  it('labels every month of a range by week, even one that begins inside a week, and shortens labels before dropping any', () => {
    const weeks = Array.from({ length: 13 }, (_, i) => bucket(new Date(Date.UTC(2026, 0, 26 + 7 * i)).toISOString().slice(0, 10)));
    const roomy = monthLabels(weeks, 60, '2026-04-26');
    // The first week starts 26 January and holds 1 February: it carries February, with the year.
    expect(roomy.map((label) => label.month)).toEqual(['2026-02', '2026-03', '2026-04']);
    expect(roomy[0]).toMatchObject({ index: 0 });
    expect(roomy[0]!.text).toMatch(/2026/);
    const cramped = monthLabels(weeks, 6, '2026-04-26');
    expect(cramped).toHaveLength(roomy.length);
    expect(cramped.every((label) => label.text.length <= roomy[0]!.text.length)).toBe(true);
  });

  it('fits a short history: empty weeks before the first entry go, keeping four', () => {
    const weeks = Array.from({ length: 12 }, (_, i) => bucket(`2026-0${1 + Math.floor(i / 4)}-0${1 + (i % 4)}`, i === 10 ? 2 : 0));
    expect(fittedBuckets(weeks)).toHaveLength(4);
    expect(fittedBuckets(weeks.map((w, i) => (i === 3 ? { ...w, entries: 1 } : w)))).toHaveLength(9);
  });

  it('encourages a streak and is kind without one: no scolding words', () => {
    expect(streakWords({ weeks: 3, thisWeekDone: false }).headline).toBe('3 weeks in a row with time together');
    const none = streakWords({ weeks: 0, thisWeekDone: false });
    expect(`${none.headline} ${none.more}`).not.toMatch(/miss|lost|broke|fail|only|behind/i);
  });
});
