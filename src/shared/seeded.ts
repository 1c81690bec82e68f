/**
 * mulberry32, a tiny, well-known 32-bit generator: floats in [0, 1), the same sequence on every
 * machine for the same seed. Used where Hearth wants choices that are random-looking but
 * repeatable (the question of the day), and by the tests and the bench for the same reason.
 * Never for anything secret: keys and codes come from node:crypto.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
