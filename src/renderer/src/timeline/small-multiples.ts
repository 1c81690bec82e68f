import type { TimelineBucket } from '../../../shared/ipc/features/timeline';
import { locale } from '../i18n';

/**
 * The arithmetic of the timeline's small charts: which buckets to show, and where each month's
 * label goes. Pure functions, tested without a browser. The charts draw one SVG unit per CSS
 * pixel, so a 13 px label is 13 px on screen (a scaled viewBox shrank them to about 9 px).
 */

/** Fewer buckets than this and bars grow too wide to read as "weeks". */
export const MIN_BUCKETS = 4;

const hasSomething = (bucket: TimelineBucket): boolean =>
  bucket.sessions.total > 0 || bucket.entries > 0 || bucket.checkIns.a !== null || bucket.checkIns.b !== null;

/**
 * A short history gets a range that fits it: the empty buckets before the first one with
 * anything in it are left out, keeping at least MIN_BUCKETS (when the range has that many).
 */
export function fittedBuckets(buckets: readonly TimelineBucket[]): readonly TimelineBucket[] {
  const first = buckets.findIndex(hasSomething);
  if (first <= 0) return buckets;
  return buckets.slice(Math.min(first, Math.max(0, buckets.length - MIN_BUCKETS)));
}

export interface MonthLabel {
  /** The bucket the label sits under: the first one starting in that month. */
  index: number;
  /** YYYY-MM */
  month: string;
  text: string;
}

const monthShort = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
const monthNarrow = new Intl.DateTimeFormat(locale, { month: 'narrow', timeZone: 'UTC' });
const atNoon = (month: string) => new Date(`${month}-15T12:00:00Z`);

/** About how wide a 13 px label is, per character (generous, so labels never touch). */
const CHAR_PX = 8;
const LABEL_GAP_PX = 10;

/**
 * A label for every month in the buckets: "Nov 2026", "Dec", … with the year at the first label
 * and at each January. When months are too close for that, the year goes and then the month
 * shrinks to its initial, but every month keeps a label. Beyond two years by month, only years.
 */
export function monthLabels(buckets: readonly TimelineBucket[], bandWidth: number, to: string): MonthLabel[] {
  // Every month from the first bucket's to the range's last day, under the bucket that holds
  // its first day: a week starting 30 November carries "Dec", since December begins in it.
  const months: { index: number; month: string }[] = [];
  const first = buckets[0];
  if (!first) return [];
  let [year, month] = first.start.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard += 1) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > to.slice(0, 7)) break;
    let index = 0;
    buckets.forEach((bucket, i) => {
      if (bucket.start <= `${key}-01`) index = i;
    });
    // Two months under one bucket: the one that begins in it wins (the range's first days of
    // the month before are only the tail of a month already gone).
    if (months.at(-1)?.index === index) months[months.length - 1] = { index, month: key };
    else months.push({ index, month: key });
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  if (months.length > 24) {
    return months
      .filter(({ month }, i) => i === 0 || month.endsWith('-01'))
      .map(({ index, month }) => ({ index, month, text: month.slice(0, 4) }));
  }
  const fits = (texts: string[]) =>
    months.every(({ index }, i) => {
      const next = months[i + 1];
      return !next || (next.index - index) * bandWidth >= texts[i]!.length * CHAR_PX + LABEL_GAP_PX;
    });
  const withYears = months.map(({ month }, i) =>
    i === 0 || month.endsWith('-01') ? `${monthShort.format(atNoon(month))} ${month.slice(0, 4)}` : monthShort.format(atNoon(month)),
  );
  const short = months.map(({ month }) => monthShort.format(atNoon(month)));
  const narrow = months.map(({ month }) => monthNarrow.format(atNoon(month)));
  const texts = fits(withYears) ? withYears : fits(short) ? short : narrow;
  return months.map(({ index, month }, i) => ({ index, month, text: texts[i]! }));
}

/** Tick values for a count axis: whole numbers from 0 to a small even top. */
export function countTicks(largest: number): number[] {
  const top = Math.max(2, largest + (largest % 2));
  return top <= 4 ? Array.from({ length: top + 1 }, (_, i) => i) : [0, top / 2, top];
}
