import { performance } from 'node:perf_hooks';

/** The q-quantile (0..1) of samples, linearly interpolated between the nearest ranks. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((x, y) => x - y);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

export const median = (samples: readonly number[]) => quantile(samples, 0.5);

/** Milliseconds taken by one call (sync or async). */
export async function timed<T>(work: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** Rounds for display and JSON: 3 significant digits below 10, else 1 decimal or none. */
export function round(ms: number): number {
  if (!Number.isFinite(ms)) return ms;
  if (ms < 1) return Math.round(ms * 1000) / 1000;
  if (ms < 10) return Math.round(ms * 100) / 100;
  if (ms < 1000) return Math.round(ms * 10) / 10;
  return Math.round(ms);
}
