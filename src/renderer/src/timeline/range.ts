import type { BucketSize } from '../../../shared/ipc/features/timeline';

export type RangeChoice = 'quarter' | 'year' | 'all';

/** The choices, in order; their names are the catalogue's timeline:range… keys. */
export const RANGES: readonly { id: RangeChoice; label: 'rangeQuarter' | 'rangeYear' | 'rangeAll' }[] = [
  { id: 'quarter', label: 'rangeQuarter' },
  { id: 'year', label: 'rangeYear' },
  { id: 'all', label: 'rangeAll' },
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
