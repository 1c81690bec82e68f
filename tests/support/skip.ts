/**
 * For a check this machine cannot run: says why in the test log (vitest lists a skipped test
 * by name only), and returns whether to skip, for `skipIf`.
 */
export function skipBecause(skip: boolean, what: string, reason: string): boolean {
  if (skip) console.warn(`${what}: skipped: ${reason}`);
  return skip;
}
