import type { BucketSize } from '../../../shared/ipc/features/timeline';

/**
 * Calendar arithmetic on YYYY-MM-DD days. Days are the writer's local days already
 * (local-day.ts), so they are treated as plain dates at UTC midnight: no time zone can
 * shift them here.
 */
const DAY_MS = 86_400_000;

const toDate = (day: string): Date => new Date(`${day}T00:00:00Z`);
const toDay = (date: Date): string => date.toISOString().slice(0, 10);

export const addDays = (day: string, n: number): string => toDay(new Date(toDate(day).getTime() + n * DAY_MS));

/** The first day of the week holding `day`, weeks starting on `weekStartsOn` (0 = Sunday). */
export function weekStart(day: string, weekStartsOn: number): string {
  return addDays(day, -((toDate(day).getUTCDay() - weekStartsOn + 7) % 7));
}

const monthStart = (day: string): string => `${day.slice(0, 8)}01`;

function nextMonth(day: string): string {
  const date = toDate(monthStart(day));
  date.setUTCMonth(date.getUTCMonth() + 1);
  return toDay(date);
}

export function bucketStart(day: string, size: BucketSize, weekStartsOn: number): string {
  return size === 'week' ? weekStart(day, weekStartsOn) : monthStart(day);
}

/** Every bucket from the one holding `from` to the one holding `to`, empty ones included. */
export function bucketsBetween(
  from: string,
  to: string,
  size: BucketSize,
  weekStartsOn: number,
  max: number,
): { start: string; end: string }[] | null {
  const buckets: { start: string; end: string }[] = [];
  for (let start = bucketStart(from, size, weekStartsOn); start <= to; ) {
    const next = size === 'week' ? addDays(start, 7) : nextMonth(start);
    if (buckets.length === max) return null;
    buckets.push({ start, end: addDays(next, -1) });
    start = next;
  }
  return buckets;
}

/**
 * The same bucketing in SQL, for a column of days, so grouping happens in the database.
 * strftime('%w') counts from Sunday = 0, like getUTCDay. `weekStartsOn` is checked to be
 * an integer 0–6 and written into the statement (it decides the statement's shape).
 */
export function bucketSql(column: string, size: BucketSize, weekStartsOn: number): string {
  if (!Number.isInteger(weekStartsOn) || weekStartsOn < 0 || weekStartsOn > 6) {
    throw new RangeError('weekStartsOn must be an integer from 0 to 6');
  }
  if (size === 'month') return `substr(${column}, 1, 8) || '01'`;
  return `date(${column}, '-' || ((CAST(strftime('%w', ${column}) AS INTEGER) + ${7 - weekStartsOn}) % 7) || ' days')`;
}
