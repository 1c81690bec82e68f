import type { CheckInAverages } from '../../../shared/ipc/features/timeline';

export type Dimension = 'all' | 'close' | 'safe' | 'heard';

/** The number a line shows for a bucket: one of the three, or their mean. */
export function lineValue(averages: CheckInAverages | null, dimension: Dimension): number | null {
  if (!averages) return null;
  return dimension === 'all' ? (averages.close + averages.safe + averages.heard) / 3 : averages[dimension];
}
