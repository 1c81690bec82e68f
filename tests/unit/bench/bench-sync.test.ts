import { describe, expect, it } from 'vitest';
import { benchSync, syncReport } from '../../../bench/sync';

/**
 * The sync bench at a tiny size, so it cannot rot unnoticed: it shares, joins, measures the
 * latency of each change and the folder's size, and the two journals agree. No timing is
 * asserted.
 */
describe('sync bench (tiny run)', () => {
  it('shares, joins and measures every change; both journals end the same', async () => {
    const result = await benchSync(120, 3);
    expect(result.agree).toBe(true);
    expect(result.latencyMs.samples).toHaveLength(3);
    expect(result.joinMs).toBeGreaterThan(0);
    expect(result.folderBytes).toBeGreaterThan(0);
    expect(result.sizeRatio).toBeCloseTo(result.folderBytes / result.jsonBytes, 1);
    const table = syncReport(result);
    for (const row of ['join (initial sync', 'p50 / p95', 'folder size ÷ journal as JSON']) expect(table).toContain(row);
  }, 120_000);
});
