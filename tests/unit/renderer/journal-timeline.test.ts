import { describe, expect, it } from 'vitest';
import { toFilter, EMPTY_FIND } from '../../../src/renderer/src/journal/find';
import { layoutRows, rowsInView } from '../../../src/renderer/src/journal/virtual-window';
import { lineValue, niceMax, xLabels } from '../../../src/renderer/src/timeline/chart-geometry';
import { rangeFor, weekStartsOn } from '../../../src/renderer/src/timeline/range';
import { streakWords } from '../../../src/renderer/src/timeline/words';
import type { TimelineBucket } from '../../../src/shared/ipc/features/timeline';

describe('the virtualised list', () => {
  const layout = layoutRows([100, 200, 100, 100, 100, 100], 10);

  it('places rows one under another with the gap between them', () => {
    expect([...layout.offsets]).toEqual([0, 110, 320, 430, 540, 650]);
    expect(layout.total).toBe(750);
  });

  it('renders the rows in the window, the overscan around it, and a few rows more', () => {
    expect(rowsInView(layout, 300, 450, 0, 0)).toEqual({ start: 1, end: 4 });
    expect(rowsInView(layout, 300, 450, 0, 1)).toEqual({ start: 0, end: 5 });
    expect(rowsInView(layout, 300, 450, 100, 0)).toEqual({ start: 1, end: 5 });
  });

  it('still renders the first rows when the list lies wholly below the window, and the last ones when above', () => {
    expect(rowsInView(layout, -2000, -1200, 0, 2)).toEqual({ start: 0, end: 3 });
    expect(rowsInView(layout, 5000, 5800, 0, 2)).toEqual({ start: 3, end: 6 });
    expect(rowsInView(layoutRows([], 10), 0, 800, 0, 2)).toEqual({ start: 0, end: 0 });
  });
});

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
    expect(weekStartsOn('en-US')).toBe(0);
    expect(weekStartsOn('en-GB')).toBe(1);
    expect(weekStartsOn('not a language tag')).toBe(1);
  });

  it('draws the mean of the three ratings, or one of them, and nothing without check-ins', () => {
    const averages = { close: 4, safe: 5, heard: 3, count: 2 };
    expect(lineValue(averages, 'all')).toBe(4);
    expect(lineValue(averages, 'heard')).toBe(3);
    expect(lineValue(null, 'all')).toBeNull();
    expect(niceMax(0)).toBe(2);
    expect(niceMax(3)).toBe(4);
  });

  it('labels a long range by month by its years only', () => {
    const months: TimelineBucket[] = Array.from({ length: 30 }, (_, i) => {
      const start = new Date(Date.UTC(2024, i, 1)).toISOString().slice(0, 10);
      return { start, end: start, sessions: { total: 0, byTheme: {} }, checkIns: { a: null, b: null }, entries: 0 };
    });
    expect(xLabels(months, 'month').map((label) => label.text)).toEqual(['2024', '2025', '2026']);
  });

  it('lets a cramped first label give way to the next month, keeping the year', () => {
    const weeks: TimelineBucket[] = Array.from({ length: 13 }, (_, i) => {
      const start = new Date(Date.UTC(2026, 0, 26 + 7 * i)).toISOString().slice(0, 10);
      return { start, end: start, sessions: { total: 0, byTheme: {} }, checkIns: { a: null, b: null }, entries: 0 };
    });
    const labels = xLabels(weeks, 'week');
    expect(labels[0]).toEqual({ index: 1, text: 'Feb 2026' });
    expect(labels.map((label) => label.text)).toEqual(['Feb 2026', 'Mar', 'Apr']);
  });

  it('encourages a streak and is kind without one: no scolding words', () => {
    expect(streakWords({ weeks: 3, thisWeekDone: false }).headline).toBe('3 weeks in a row with time together');
    const none = streakWords({ weeks: 0, thisWeekDone: false });
    expect(`${none.headline} ${none.more}`).not.toMatch(/miss|lost|broke|fail|only|behind/i);
  });
});
