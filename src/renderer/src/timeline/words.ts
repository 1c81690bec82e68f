import type { BucketSize, CheckInAverages } from '../../../shared/ipc/features/timeline';
import { locale, t } from '../i18n';

const longDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const mediumDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDay = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const weekdayName = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

const asDate = (day: string) => new Date(`${day}T12:00:00Z`);

/** A YYYY-MM-DD day in words ("3 March 2026"); days are calendar days, so no time zone moves them. */
export const dayInWords = (day: string): string => longDay.format(asDate(day));
export const dayShort = (day: string): string => shortDay.format(asDate(day));

/** A weekday's name from Date#getDay()'s number (0 Sunday … 6 Saturday): 29 November 2026 was a Sunday. */
export const weekdayWord = (day: number): string => weekdayName.format(new Date(Date.UTC(2026, 10, 29 + day, 12)));

/** How the table names a bucket: "Week of 3 March 2026", "March 2026". */
export const bucketName = (start: string, size: BucketSize): string =>
  size === 'week' ? t('timeline:weekOf', { date: mediumDay.format(asDate(start)) }) : monthYear.format(asDate(start));

/** "1 session", "1,200 entries": the count in the locale's digits, the noun by its plural rule. */
export const counted = (n: number, what: 'sessions' | 'checkIns' | 'entries'): string =>
  t(`timeline:${what}`, { count: n, n: n.toLocaleString(locale) });

/** A partner's averages for the table: "close 4, safe 4.5, heard 3 (2 check-ins)". */
export function averagesInWords(averages: CheckInAverages | null): string {
  if (!averages) return t('timeline:none');
  const { close, safe, heard, count } = averages;
  return t('timeline:averages', {
    close: oneDecimal.format(close),
    safe: oneDecimal.format(safe),
    heard: oneDecimal.format(heard),
    checkIns: counted(count, 'checkIns'),
  });
}

/** The gentle streak: encouraging when it runs, kind when it does not. Never a scold. */
export function streakWords(streak: { weeks: number; thisWeekDone: boolean }): { headline: string; more: string } {
  const { weeks, thisWeekDone } = streak;
  if (weeks === 0) return { headline: t('timeline:streakFreshTitle'), more: t('timeline:streakFreshMore') };
  if (weeks === 1) {
    return thisWeekDone
      ? { headline: t('timeline:streakThisWeekTitle'), more: t('timeline:streakThisWeekMore') }
      : { headline: t('timeline:streakLastWeekTitle'), more: t('timeline:streakStillOpen') };
  }
  return {
    headline: t('timeline:streakRunTitle', { weeks }),
    more: thisWeekDone ? t('timeline:streakRunDone') : t('timeline:streakStillOpen'),
  };
}
