import { locale, t } from '../i18n';

const formatter = new Intl.DateTimeFormat(locale, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** When an entry was written, in this computer's time zone and language. */
export const formatWrittenAt = (utc: number): string => formatter.format(new Date(utc));

const timeOnly = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
/** The time alone ("10:07 PM"): under a day's heading the date would only repeat. */
export const formatTimeOnly = (utc: number): string => timeOnly.format(new Date(utc));

const sameYear = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
const otherYear = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const longDay = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const two = (n: number) => String(n).padStart(2, '0');
const localDay = (date: Date) => `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
// A calendar day (YYYY-MM-DD) at noon UTC, formatted in UTC: no time zone can move it to another day.
const asDate = (day: string) => new Date(`${day}T12:00:00Z`);

/**
 * A day's heading in the journal, short: "Today", "Yesterday", "Sat, Dec 5" (the year only
 * when it is not this one). `now` is passed in so the words follow the page's clock.
 */
export function dayHeading(day: string, now: Date): string {
  if (day === localDay(now)) return t('ui:today');
  if (day === localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1))) return t('ui:yesterday');
  return (day.slice(0, 4) === String(now.getFullYear()) ? sameYear : otherYear).format(asDate(day));
}

/** The whole day, for the ear and for the heading's tooltip: "Saturday, December 5, 2026". */
export const dayInFull = (day: string): string => longDay.format(asDate(day));
