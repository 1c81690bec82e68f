import { HearthError } from '../errors';

/** No wait for the first three wrong tries, then 1 s, 2 s, 4 s … up to a minute. */
export function failureDelayMs(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(60_000, 1000 * 2 ** (failures - 3));
}

export const MAX_DELAY_MS = failureDelayMs(Number.MAX_SAFE_INTEGER);

/** What is remembered of one kind of secret: wrong tries in a row, and when the last one failed. */
export interface AttemptCount {
  failures: number;
  /** UTC milliseconds. */
  lastFailureAt: number;
}

/** 'passphrase' and 'recovery' today; a private page will add its own kind. */
export type AttemptKind = string;

/**
 * Where the counts live between runs. `read` answers 'tampered' when the stored count was
 * edited (the caller then waits the longest), or null when it cannot be checked here (no
 * device key on this computer), in which case only this run's memory counts.
 */
export interface AttemptLedger {
  read(kind: AttemptKind): Promise<AttemptCount | 'tampered' | null>;
  /** Returns false when the count could not be stored; the limiter still remembers it for this run. */
  write(kind: AttemptKind, count: AttemptCount | null): Promise<boolean>;
}

export interface AttemptLimiterDeps {
  ledger: AttemptLedger;
  clock: () => number;
  sleep: (ms: number) => Promise<void>;
}

export interface AttemptLimiter {
  /**
   * Runs one try at a secret of `kind`: waits what the count asks for, then `work`. A rejection
   * that `isWrong` recognises adds one to the count; a success clears it. Tries run one at a
   * time, so twelve tries sent at once wait twelve growing delays, not one.
   */
  attempt<T>(kind: AttemptKind, work: () => Promise<T>, isWrong: (error: unknown) => boolean): Promise<T>;
}

const ZERO: AttemptCount = { failures: 0, lastFailureAt: 0 };

/** What is still to wait: the delay for this count, less the time since the last failure (a clock set back counts as none). */
export function remainingWaitMs(count: AttemptCount, now: number): number {
  const delay = failureDelayMs(count.failures);
  const elapsed = Math.max(0, now - count.lastFailureAt);
  return Math.max(0, delay - elapsed);
}

/** The brake on guessing secrets (SECURITY.md, "Lock modes"), shared by every kind of secret. */
export function createAttemptLimiter(deps: AttemptLimiterDeps): AttemptLimiter {
  // This run's own counts: used when the ledger cannot be read or written, never lower than it.
  const memory = new Map<AttemptKind, AttemptCount>();
  let queue: Promise<unknown> = Promise.resolve();

  const current = async (kind: AttemptKind): Promise<{ count: AttemptCount; tampered: boolean }> => {
    const remembered = memory.get(kind) ?? ZERO;
    let stored: AttemptCount | 'tampered' | null;
    try {
      stored = await deps.ledger.read(kind);
    } catch {
      stored = null;
    }
    if (stored === 'tampered') return { count: remembered, tampered: true };
    if (stored && stored.failures > remembered.failures) return { count: stored, tampered: false };
    return { count: remembered, tampered: false };
  };

  const store = async (kind: AttemptKind, count: AttemptCount | null) => {
    if (count) memory.set(kind, count);
    else memory.delete(kind);
    try {
      await deps.ledger.write(kind, count);
    } catch {
      // The count is still kept in memory for this run; a failed write must not hide the answer.
    }
  };

  const once = async <T>(kind: AttemptKind, work: () => Promise<T>, isWrong: (error: unknown) => boolean): Promise<T> => {
    const { count, tampered } = await current(kind);
    const wait = tampered ? MAX_DELAY_MS : remainingWaitMs(count, deps.clock());
    if (wait > 0) await deps.sleep(wait);
    let result: T;
    try {
      result = await work();
    } catch (error) {
      if (isWrong(error)) await store(kind, { failures: count.failures + 1, lastFailureAt: deps.clock() });
      throw error;
    }
    if (count.failures > 0 || tampered) await store(kind, null);
    return result;
  };

  return {
    attempt(kind, work, isWrong) {
      const turn = queue.then(() => once(kind, work, isWrong));
      // The queue keeps neither the answer (a key) nor the error, only that the turn is over.
      queue = turn.then(
        () => undefined,
        () => undefined,
      );
      return turn;
    },
  };
}

/** The errors that count as a wrong try, by kind of secret. */
export const isWrongSecret = (code: string) => (error: unknown) => error instanceof HearthError && error.code === code;
