import { describe, expect, it } from 'vitest';
import { HearthError } from '../../../../../src/main/core/errors';
import {
  createAttemptLimiter,
  isWrongSecret,
  remainingWaitMs,
  type AttemptCount,
  type AttemptLedger,
} from '../../../../../src/main/core/vault/attempts';

const NOW = 1_800_000_000_000;
const wrong = () => Promise.reject(new HearthError('WRONG_PASSPHRASE', 'That passphrase is not right.'));
const right = () => Promise.resolve('opened');
const isWrong = isWrongSecret('WRONG_PASSPHRASE');

function memoryLedger(): AttemptLedger & { counts: Map<string, AttemptCount>; state: 'ok' | 'tampered' | 'unchecked' } {
  const counts = new Map<string, AttemptCount>();
  const ledger = {
    counts,
    state: 'ok' as 'ok' | 'tampered' | 'unchecked',
    read: async (kind: string) => (ledger.state === 'ok' ? (counts.get(kind) ?? { failures: 0, lastFailureAt: 0 }) : ledger.state === 'tampered' ? ('tampered' as const) : null),
    write: async (kind: string, count: AttemptCount | null) => {
      if (ledger.state !== 'ok') return false;
      if (count) counts.set(kind, count);
      else counts.delete(kind);
      return true;
    },
  };
  return ledger;
}

function limiterWith(ledger: AttemptLedger, clock = () => NOW) {
  const waits: number[] = [];
  const limiter = createAttemptLimiter({ ledger, clock, sleep: async (ms) => void waits.push(ms) });
  return { waits, limiter };
}

describe('the wait before a try', () => {
  it('is the delay for the count, less the time since the last failure; a clock set back gives no credit', () => {
    expect(remainingWaitMs({ failures: 2, lastFailureAt: NOW }, NOW)).toBe(0);
    expect(remainingWaitMs({ failures: 5, lastFailureAt: NOW }, NOW)).toBe(4000);
    expect(remainingWaitMs({ failures: 5, lastFailureAt: NOW }, NOW + 3000)).toBe(1000);
    expect(remainingWaitMs({ failures: 5, lastFailureAt: NOW }, NOW + 9000)).toBe(0);
    expect(remainingWaitMs({ failures: 5, lastFailureAt: NOW }, NOW - 3_600_000)).toBe(4000);
  });
});

describe('the attempt limiter', () => {
  it('runs tries sent at once one after another, each waiting for the count the one before left', async () => {
    const ledger = memoryLedger();
    ledger.counts.set('passphrase', { failures: 3, lastFailureAt: NOW });
    const { waits, limiter } = limiterWith(ledger);
    const tries = Array.from({ length: 6 }, () => limiter.attempt('passphrase', wrong, isWrong).catch((e: HearthError) => e.code));
    expect(await Promise.all(tries)).toEqual(Array(6).fill('WRONG_PASSPHRASE'));
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16000, 32000]);
    expect(ledger.counts.get('passphrase')).toEqual({ failures: 9, lastFailureAt: NOW });
  });

  it('keeps each kind apart, and a right secret clears only its own kind', async () => {
    const ledger = memoryLedger();
    ledger.counts.set('passphrase', { failures: 4, lastFailureAt: NOW });
    ledger.counts.set('recovery', { failures: 5, lastFailureAt: NOW });
    const { waits, limiter } = limiterWith(ledger);
    expect(await limiter.attempt('recovery', right, isWrong)).toBe('opened');
    expect(waits).toEqual([4000]);
    expect(ledger.counts.has('recovery')).toBe(false);
    expect(ledger.counts.get('passphrase')).toEqual({ failures: 4, lastFailureAt: NOW });
  });

  it('waits the longest when the stored count was edited, and never stores over the edit', async () => {
    const ledger = memoryLedger();
    ledger.state = 'tampered';
    const { waits, limiter } = limiterWith(ledger);
    await expect(limiter.attempt('passphrase', wrong, isWrong)).rejects.toThrow();
    await expect(limiter.attempt('passphrase', right, isWrong)).resolves.toBe('opened');
    expect(waits).toEqual([60000, 60000]);
    expect(ledger.counts.size).toBe(0);
  });

  it('counts in memory when the ledger cannot be checked or written, and not less than it remembers', async () => {
    const ledger = memoryLedger();
    ledger.state = 'unchecked';
    const { waits, limiter } = limiterWith(ledger);
    for (let i = 0; i < 5; i++) await expect(limiter.attempt('recovery', wrong, isWrong)).rejects.toThrow();
    expect(waits).toEqual([1000, 2000]);
    const failing: AttemptLedger = { read: async () => ({ failures: 0, lastFailureAt: 0 }), write: async () => Promise.reject(new Error('disk full')) };
    const second = limiterWith(failing);
    for (let i = 0; i < 5; i++) await expect(second.limiter.attempt('recovery', wrong, isWrong)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(second.waits).toEqual([1000, 2000]);
  });

  it('does not count other errors (a missing keychain, a damaged vault) as wrong tries', async () => {
    const ledger = memoryLedger();
    const { waits, limiter } = limiterWith(ledger);
    const broken = () => Promise.reject(new HearthError('KEYCHAIN_UNAVAILABLE', 'No keychain.'));
    for (let i = 0; i < 5; i++) await expect(limiter.attempt('passphrase', broken, isWrong)).rejects.toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' });
    expect(waits).toEqual([]);
    expect(ledger.counts.size).toBe(0);
  });
});
