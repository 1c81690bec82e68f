/**
 * mulberry32, a small seeded generator: floats in [0, 1), the same on every run and machine
 * with the same seed, so a test's random choices (kill moments, a sync tool's whims, bytes to
 * damage) can be told apart and reproduced.
 */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
