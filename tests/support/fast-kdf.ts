/**
 * A cheap scrypt cost for tests that are about something other than the KDF's cost.
 * The calibrated cost is covered by its own test (tests/unit/main/core/vault/kdf.test.ts).
 */
export const FAST_KDF = async () => ({ name: 'scrypt' as const, N: 2 ** 12, r: 8, p: 1 });
