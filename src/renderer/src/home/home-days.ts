/** Home's calendar sums on the couple's local days, as YYYY-MM-DD (the journal's `day`). */
import { t } from '../i18n';

const pad = (n: number) => String(n).padStart(2, '0');

export const localDay = (date: Date): string => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

const daysIn = (year: number, month: number) => new Date(year, month + 1, 0).getDate();

/** The same date some months back; the 31st falls on the month's last day when it is shorter. */
function monthsBack(today: Date, months: number): Date {
  const target = new Date(today.getFullYear(), today.getMonth() - months, 1, 12);
  target.setDate(Math.min(today.getDate(), daysIn(target.getFullYear(), target.getMonth())));
  return target;
}

export interface MemoryRange {
  /** How the memory is introduced: "A month ago", "A year ago". */
  label: string;
  from: string;
  to: string;
}

/** A day either side, so an entry written late one night or early the next still comes back. */
function around(label: string, day: Date): MemoryRange {
  const before = new Date(day.getFullYear(), day.getMonth(), day.getDate() - 1, 12);
  const after = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1, 12);
  return { label, from: localDay(before), to: localDay(after) };
}

/** "On this day": a month ago and a year ago, each a day either side. */
export const memoryRanges = (today: Date): MemoryRange[] => [
  around(t('home:monthAgo'), monthsBack(today, 1)),
  around(t('home:yearAgo'), monthsBack(today, 12)),
];
