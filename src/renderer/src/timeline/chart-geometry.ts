import type { BucketSize, CheckInAverages, TimelineBucket } from '../../../shared/ipc/features/timeline';

/** The chart's drawing space (an SVG viewBox); it scales to the page's width. */
export const CHART = {
  width: 800,
  height: 318,
  left: 58,
  right: 50,
  top: 28,
  plotBottom: 214,
  stripTop: 232,
  stripBottom: 262,
  labelY: 290,
} as const;

export const plotWidth = CHART.width - CHART.left - CHART.right;

/** The top of the sessions axis: a small even number at or above the largest bar. */
export const niceMax = (largest: number): number => Math.max(2, largest + (largest % 2));

export function bandOf(index: number, count: number): { x: number; width: number; barWidth: number } {
  const width = plotWidth / Math.max(1, count);
  const barWidth = Math.max(2, Math.min(30, width * 0.64));
  return { x: CHART.left + index * width, width, barWidth };
}

export const countY = (count: number, max: number): number =>
  CHART.plotBottom - (count / max) * (CHART.plotBottom - CHART.top);

/** Ratings 1–5 from the bottom of the plot to its top. */
export const ratingY = (rating: number): number =>
  CHART.plotBottom - ((rating - 1) / 4) * (CHART.plotBottom - CHART.top);

export type Dimension = 'all' | 'close' | 'safe' | 'heard';

/** The number a line shows for a bucket: one of the three, or their mean. */
export function lineValue(averages: CheckInAverages | null, dimension: Dimension): number | null {
  if (!averages) return null;
  return dimension === 'all' ? (averages.close + averages.safe + averages.heard) / 3 : averages[dimension];
}

const monthName = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });
const dayDate = (day: string) => new Date(`${day}T12:00:00Z`);

/**
 * Where the x axis says something: each new month (by week, or month by month for a year
 * or so), or each new year when the range is long. The year is added at its first label.
 */
export function xLabels(buckets: readonly TimelineBucket[], size: BucketSize): { index: number; text: string }[] {
  const labels: { index: number; text: string }[] = [];
  const yearsOnly = size === 'month' && buckets.length > 14;
  let lastYear = '';
  buckets.forEach((bucket, index) => {
    const previous = buckets[index - 1];
    const year = bucket.start.slice(0, 4);
    const newMonth = !previous || previous.start.slice(0, 7) !== bucket.start.slice(0, 7);
    if (!newMonth) return;
    if (yearsOnly && previous && bucket.start.slice(5, 7) !== '01') return;
    const text = yearsOnly ? year : year !== lastYear ? `${monthName.format(dayDate(bucket.start))} ${year}` : monthName.format(dayDate(bucket.start));
    lastYear = year;
    labels.push({ index, text });
  });
  // Labels too close together overlap: keep the first of a crowded pair, except the range's
  // own first bucket (often part of a month or year), which gives way to the next full one.
  const spaced: typeof labels = [];
  for (const label of labels) {
    const last = spaced.at(-1);
    const room = last ? bandOf(label.index, buckets.length).x - bandOf(last.index, buckets.length).x : Infinity;
    if (!last || room >= (last.text.length > 4 ? 62 : 40)) spaced.push(label);
    else if (last.index === 0 && spaced.length === 1) {
      const year = buckets[label.index]!.start.slice(0, 4);
      spaced[0] = /\d{4}/.test(label.text) ? label : { index: label.index, text: `${label.text} ${year}` };
    }
  }
  return spaced;
}
