import type { BucketSize, CheckInAverages } from '../../../shared/ipc/features/timeline';

const longDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const mediumDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDay = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

const asDate = (day: string) => new Date(`${day}T12:00:00Z`);

/** A YYYY-MM-DD day in words ("3 March 2026"); days are calendar days, so no time zone moves them. */
export const dayInWords = (day: string): string => longDay.format(asDate(day));
export const dayShort = (day: string): string => shortDay.format(asDate(day));

/** How the table names a bucket: "Week of 3 March 2026", "March 2026". */
export const bucketName = (start: string, size: BucketSize): string =>
  size === 'week' ? `Week of ${mediumDay.format(asDate(start))}` : monthYear.format(asDate(start));

export const plural = (n: number, one: string, many: string): string => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** A partner's averages for the table: "close 4, safe 4.5, heard 3 (2 check-ins)". */
export function averagesInWords(averages: CheckInAverages | null): string {
  if (!averages) return 'None';
  const { close, safe, heard, count } = averages;
  return `close ${oneDecimal.format(close)}, safe ${oneDecimal.format(safe)}, heard ${oneDecimal.format(heard)} (${plural(count, 'check-in', 'check-ins')})`;
}

/** The gentle streak: encouraging when it runs, kind when it does not. Never a scold. */
export function streakWords(streak: { weeks: number; thisWeekDone: boolean }): { headline: string; more: string } {
  const { weeks, thisWeekDone } = streak;
  if (weeks === 0) {
    return {
      headline: 'A fresh week, whenever you are ready',
      more: 'Any exercise together, however short, is a lovely way to spend a little time on the two of you.',
    };
  }
  if (weeks === 1) {
    return thisWeekDone
      ? { headline: 'Time together this week', more: 'A good start. Every week you make time counts.' }
      : { headline: 'Time together last week', more: 'This week is still open, whenever it suits you both.' };
  }
  return {
    headline: `${weeks} weeks in a row with time together`,
    more: thisWeekDone ? 'This week is part of it already. Lovely.' : 'This week is still open, whenever it suits you both.',
  };
}
