import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString, writeHeapSnapshot } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../../src/main/core/handlers';
import { dispatch } from '../../../../../src/main/core/ipc/dispatch';
import { generateRecoveryCode } from '../../../../../src/main/core/vault/recovery-code';
import { openTestJournal } from '../../../../support/journal';
import { useTempDirs } from '../../../../support/temp-dir';

const tempDir = useTempDirs();

// Built at run time from pieces, so the whole marker is never a constant of this file's code
// and can only be in the heap if Hearth (or something it called) still holds it.
const marker = (n: number) => ['heap', 'marker', 'Quokka', String(9000 + n)].join('-');

/** A well-formed recovery code that opens nothing, made afresh on each call. */
const strayCode = () => generateRecoveryCode((n) => Buffer.alloc(n, 0x5a));

/** Collects garbage, writes a heap snapshot and says whether any string in it contains `needle()`. */
function heapHolds(needle: () => string): boolean {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  const file = writeHeapSnapshot(join(tempDir(), 'after-lock.heapsnapshot'));
  const snapshot = readFileSync(file);
  rmSync(file);
  // The needle is made only now, after the snapshot was taken.
  return snapshot.includes(Buffer.from(needle(), 'utf8'));
}

describe('a passphrase does not stay in memory once the journal is locked', () => {
  it('after setup, a wrong try, an unlock, a change of passphrase and a lock, no passphrase is left in the heap', async () => {
    const { hearth } = await openTestJournal(tempDir(), { setup: false, sleep: async () => {} });
    const handlers = createHandlers(hearth);
    // Everything goes in as the page sends it: through dispatch, as plain strings.
    expect(await dispatch(handlers, 'setup.create', { partners: ['Ada', 'Bo'], lock: { lockMode: 'device+passphrase', passphrase: marker(271) } })).toMatchObject({ ok: true });
    await dispatch(handlers, 'vault.lock', undefined);
    expect(await dispatch(handlers, 'vault.unlock', { method: 'passphrase', passphrase: marker(272) })).toMatchObject({ ok: false });
    expect(await dispatch(handlers, 'vault.unlock', { method: 'passphrase', passphrase: marker(271) })).toMatchObject({ ok: true });
    expect(
      await dispatch(handlers, 'vault.changeLock', { choice: { lockMode: 'device+passphrase', passphrase: marker(273) }, currentPassphrase: marker(271) }),
    ).toMatchObject({ ok: true });
    await dispatch(handlers, 'vault.lock', undefined);
    expect(await dispatch(handlers, 'vault.unlock', { method: 'passphrase', passphrase: marker(273) })).toMatchObject({ ok: true });
    await dispatch(handlers, 'vault.lock', undefined);
    expect(await dispatch(handlers, 'vault.unlock', { method: 'recovery', code: strayCode().toLowerCase() })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_RECOVERY_CODE' },
    });
    expect(hearth.status().state).toBe('locked');

    for (const n of [271, 272, 273]) expect(heapHolds(() => marker(n)), `passphrase ${n} is still in the heap`).toBe(false);
    expect(heapHolds(strayCode), 'the recovery code typed is still in the heap').toBe(false);
    expect(heapHolds(() => strayCode().replaceAll('-', '')), 'the recovery code typed is still in the heap').toBe(false);
  }, 60_000);

  it('the check can see a passphrase that is still held (so the test above can fail)', () => {
    const held = { passphrase: marker(999) };
    expect(heapHolds(() => marker(999))).toBe(true);
    expect(held.passphrase).toHaveLength(23);
  }, 60_000);
});
