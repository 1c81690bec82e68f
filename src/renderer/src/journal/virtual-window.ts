/**
 * The arithmetic of a virtualised list: where each row sits, and which rows a window of
 * the page needs. Pure functions, so they are tested without a browser.
 */

export interface RowLayout {
  /** Top of each row, from the top of the list, in CSS pixels. */
  offsets: Float64Array;
  heights: Float64Array;
  /** Height of the whole list, the last gap not included. */
  total: number;
}

export function layoutRows(heights: readonly number[], gap: number): RowLayout {
  const offsets = new Float64Array(heights.length);
  const sizes = Float64Array.from(heights);
  let top = 0;
  for (let i = 0; i < heights.length; i += 1) {
    offsets[i] = top;
    top += heights[i]! + gap;
  }
  return { offsets, heights: sizes, total: heights.length > 0 ? top - gap : 0 };
}

/** The first row whose bottom is below `y` (binary search); `length` when none is. */
export function firstRowEndingAfter(layout: RowLayout, y: number): number {
  let low = 0;
  let high = layout.offsets.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (layout.offsets[middle]! + layout.heights[middle]! <= y) low = middle + 1;
    else high = middle;
  }
  return low;
}

export interface RowRange {
  /** First row to render. */
  start: number;
  /** One past the last row to render. */
  end: number;
}

/**
 * The rows between `top` and `bottom` (list coordinates: 0 is the list's top edge),
 * widened by `overscanPx` either side and then by `overscanRows` more rows. A list that
 * lies wholly below the window still renders its first rows, so it is never empty.
 */
export function rowsInView(layout: RowLayout, top: number, bottom: number, overscanPx: number, overscanRows: number): RowRange {
  const count = layout.offsets.length;
  if (count === 0) return { start: 0, end: 0 };
  const from = firstRowEndingAfter(layout, top - overscanPx);
  let to = from;
  const limit = bottom + overscanPx;
  while (to < count && layout.offsets[to]! < limit) to += 1;
  const start = Math.max(0, Math.min(from, count - 1) - overscanRows);
  const end = Math.min(count, Math.max(to, start + 1) + overscanRows);
  return { start, end };
}

export const sameRange = (a: RowRange, b: RowRange): boolean => a.start === b.start && a.end === b.end;
