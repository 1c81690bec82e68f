import type { BucketSize } from '../../../shared/ipc/features/timeline';

export type RangeChoice = 'quarter' | 'year' | 'all';

export const RANGES: readonly { id: RangeChoice; label: string }[] = [
  { id: 'quarter', label: 'Last 3 months' },
  { id: 'year', label: 'Last 12 months' },
  { id: 'all', label: 'All time' },
];

const two = (n: number) => String(n).padStart(2, '0');

/** A date's calendar day on this computer, YYYY-MM-DD. */
export const localDay = (date: Date): string => `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;

export interface RangeQuery {
  from?: string;
  to: string;
  bucket: BucketSize;
}

/**
 * The days a choice covers, ending today on this computer's clock: three months by week,
 * twelve months by week, everything by month (from the first thing ever recorded).
 */
export function rangeFor(choice: RangeChoice, now: Date): RangeQuery {
  const to = localDay(now);
  if (choice === 'all') return { to, bucket: 'month' };
  const start = new Date(now.getFullYear(), now.getMonth() - (choice === 'quarter' ? 3 : 12), now.getDate() + 1);
  return { from: localDay(start), to, bucket: 'week' };
}

type LocaleWithWeeks = Intl.Locale & {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
};

/** The first day of the week where the couple lives: 0 = Sunday … 6 = Saturday; Monday when unknown. */
export function weekStartsOn(language: string): number {
  try {
    const locale = new Intl.Locale(language) as LocaleWithWeeks;
    const first = locale.getWeekInfo?.().firstDay ?? locale.weekInfo?.firstDay;
    if (typeof first === 'number' && first >= 1 && first <= 7) return first % 7;
  } catch {
    // An unusual language tag: fall through to Monday.
  }
  return 1;
}
