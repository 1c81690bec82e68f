/** No wait for the first three wrong tries, then 1 s, 2 s, 4 s … up to a minute. */
export function failureDelayMs(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(60_000, 1000 * 2 ** (failures - 3));
}
