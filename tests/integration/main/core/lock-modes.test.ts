import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../src/main/core/handlers';
import { openEncrypted } from '../../../../src/main/core/db/connection';
import { createOsKeychain } from '../../../../src/main/core/vault/keychain';
import { deriveWrapKey, unwrapKey } from '../../../../src/main/core/vault/wrap';
import { readVaultFile } from '../../../../src/main/core/vault/vault-file';
import { createTestHearth, openTestJournal, reopenTestJournal, type TestHearthDeps } from '../../../support/journal';
import { snapshotDir } from '../../../support/scan';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const PASSPHRASE = 'the kettle sings at seven';
const noWait = async () => {};

const hearthAt = (dataDir: string, extra: TestHearthDeps = {}) => createTestHearth(dataDir, { keychain: createOsKeychain(), sleep: noWait, ...extra });

async function journal(lock: 'device' | 'device+passphrase') {
  const { hearth, dataDir, recoveryCode } = await openTestJournal(tempDir(), {
    keychain: createOsKeychain(),
    sleep: noWait,
    lock: lock === 'device' ? { lockMode: 'device' } : { lockMode: 'device+passphrase', passphrase: PASSPHRASE },
  });
  await createHandlers(hearth)['entries.create']({ author: 'both', body: 'Sunday pancakes, finally.' });
  hearth.lock();
  return { dataDir, recoveryCode };
}

const bodies = async (hearth: ReturnType<typeof hearthAt>) =>
  (await createHandlers(hearth)['entries.list']({ limit: 10 })).entries.map((e) => e.body);

describe('device mode', () => {
  it('opens on this OS account without typing, and with the recovery code', async () => {
    const { dataDir, recoveryCode } = await journal('device');
    const hearth = hearthAt(dataDir);
    expect((await hearth.unlock()).state).toBe('open');
    expect(await bodies(hearth)).toEqual(['Sunday pancakes, finally.']);
    hearth.lock();
    await hearth.unlock({ method: 'recovery', code: recoveryCode.toLowerCase().replace(/-/g, ' ') });
    expect(await bodies(hearth)).toEqual(['Sunday pancakes, finally.']);
  });

  it('refuses a passphrase (it has none) and a wrong recovery code by name', async () => {
    const { dataDir, recoveryCode } = await journal('device');
    const hearth = hearthAt(dataDir);
    await expect(hearth.unlock({ method: 'passphrase', passphrase: PASSPHRASE })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    // Change one character but keep the check character right: a different, valid-looking code.
    const other = (await openTestJournal(tempDir(), { partners: ['X', 'Y'], keychain: createOsKeychain(), sleep: noWait })).recoveryCode;
    await expect(hearth.unlock({ method: 'recovery', code: other })).rejects.toMatchObject({ code: 'WRONG_RECOVERY_CODE' });
    const typo = recoveryCode.slice(0, 3) + (recoveryCode[3] === 'A' ? 'B' : 'A') + recoveryCode.slice(4);
    await expect(hearth.unlock({ method: 'recovery', code: typo })).rejects.toMatchObject({ code: 'RECOVERY_CODE_TYPO' });
    expect(hearth.status().state).toBe('locked');
  });
});

describe('device+passphrase mode', () => {
  it('opens with the passphrase and refuses a wrong one without changing anything but the wrong-try count', async () => {
    const { dataDir } = await journal('device+passphrase');
    const before = snapshotDir(dataDir);
    const vaultBefore = readVaultFile(join(dataDir, 'vault.json'))!;
    const hearth = hearthAt(dataDir);
    expect(hearth.status()).toMatchObject({ state: 'locked', lockMode: 'device+passphrase' });
    await expect(hearth.unlock({ method: 'passphrase', passphrase: 'the kettle sings at six' })).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
      message: 'That passphrase is not right.',
    });
    const after = snapshotDir(dataDir);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, bytes] of before) if (!name.endsWith('vault.json')) expect(after.get(name), name).toEqual(bytes);
    const { attempts, mac: _mac, ...vaultAfter } = readVaultFile(join(dataDir, 'vault.json'))!;
    const { mac: _macBefore, ...unchanged } = vaultBefore;
    expect(vaultAfter).toEqual(unchanged);
    expect(attempts).toEqual({ passphrase: { failures: 1, lastFailureAt: expect.any(Number) } });
    await hearth.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
    expect(await bodies(hearth)).toEqual(['Sunday pancakes, finally.']);
    // A right passphrase clears the count.
    expect(readVaultFile(join(dataDir, 'vault.json'))!.attempts).toBeUndefined();
  });

  it('cannot be opened with the keychain item alone', async () => {
    const { dataDir } = await journal('device+passphrase');
    await expect(hearthAt(dataDir).unlock()).rejects.toMatchObject({ code: 'PASSPHRASE_REQUIRED' });
    // Even going around Hearth's own checks: the device key unwraps nothing in this vault.
    const vault = readVaultFile(join(dataDir, 'vault.json'))!;
    expect(vault.wraps.map((w) => w.kind).sort()).toEqual(['device+passphrase', 'recovery']);
    const deviceKey = (await createOsKeychain().get(vault.journalId))!;
    const salt = Buffer.from(vault.deviceSalt, 'base64');
    for (const wrap of vault.wraps) {
      for (const kind of ['device', 'device+passphrase', 'recovery'] as const) {
        expect(unwrapKey({ ...wrap, kind }, deriveWrapKey(deviceKey, salt, kind), vault.journalId)).toBeNull();
      }
    }
    expect(() => openEncrypted(join(dataDir, 'journal.db'), { key: deviceKey })).toThrow(expect.objectContaining({ code: 'WRONG_KEY' }));
  });

  it('waits longer after repeated wrong passphrases, and forgets the count after a right one', async () => {
    const { dataDir } = await journal('device+passphrase');
    const waits: number[] = [];
    const hearth = hearthAt(dataDir, { sleep: async (ms) => void waits.push(ms), clock: () => 1_800_000_000_000 });
    for (let i = 0; i < 6; i++) {
      await expect(hearth.unlock({ method: 'passphrase', passphrase: `wrong guess ${i}` })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    }
    expect(waits).toEqual([1000, 2000, 4000]);
    await hearth.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
    hearth.lock();
    await expect(hearth.unlock({ method: 'passphrase', passphrase: 'wrong again' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
  });
});

describe('the wait after wrong tries survives a restart and cannot be shared by parallel tries', () => {
  // A clock that stands still, so each wait asked for is the whole delay (none of it has passed).
  const stillClock = () => 1_800_000_000_000;
  const recorder = () => {
    const waits: number[] = [];
    return { waits, sleep: async (ms: number) => void waits.push(ms) };
  };
  const wrongGuess = (hearth: ReturnType<typeof hearthAt>, i: number) =>
    expect(hearth.unlock({ method: 'passphrase', passphrase: `wrong guess ${i}` })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });

  it('after six wrong passphrases, Hearth opened again on the same folder still makes the next try wait', async () => {
    const { dataDir } = await journal('device+passphrase');
    const first = recorder();
    const hearth = hearthAt(dataDir, { sleep: first.sleep, clock: stillClock });
    for (let i = 0; i < 6; i++) await wrongGuess(hearth, i);
    expect(first.waits).toEqual([1000, 2000, 4000]);

    const second = recorder();
    const restarted = hearthAt(dataDir, { sleep: second.sleep, clock: stillClock });
    await wrongGuess(restarted, 6);
    expect(second.waits).toEqual([8000]);
    // The right passphrase still opens, after its wait, and then the count starts again.
    await restarted.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
    expect(second.waits).toEqual([8000, 16000]);
    restarted.lock();
    const third = recorder();
    await wrongGuess(hearthAt(dataDir, { sleep: third.sleep, clock: stillClock }), 7);
    expect(third.waits).toEqual([]);
  });

  it('only the time not yet waited is asked for after a restart', async () => {
    const { dataDir } = await journal('device+passphrase');
    let now = stillClock();
    const hearth = hearthAt(dataDir, { clock: () => now });
    for (let i = 0; i < 4; i++) await wrongGuess(hearth, i);
    now += 1500; // the next try is due 2000 ms after the last failure
    const later = recorder();
    await wrongGuess(hearthAt(dataDir, { sleep: later.sleep, clock: () => now }), 4);
    expect(later.waits).toEqual([500]);
  });

  it('twelve tries at once after three failures wait one after another, each longer', async () => {
    const { dataDir } = await journal('device+passphrase');
    const { waits, sleep } = recorder();
    const hearth = hearthAt(dataDir, { sleep, clock: stillClock });
    for (let i = 0; i < 3; i++) await wrongGuess(hearth, i);
    await Promise.all(Array.from({ length: 12 }, (_, i) => wrongGuess(hearth, 100 + i)));
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000, 60000, 60000, 60000]);
  });

  it('recovery codes have their own count, kept across a restart and serialised too', async () => {
    const { dataDir, recoveryCode } = await journal('device');
    const other = (await openTestJournal(tempDir(), { partners: ['X', 'Y'], keychain: createOsKeychain(), sleep: noWait })).recoveryCode;
    const first = recorder();
    const hearth = hearthAt(dataDir, { sleep: first.sleep, clock: stillClock });
    await Promise.all(
      Array.from({ length: 5 }, () =>
        expect(hearth.unlock({ method: 'recovery', code: other })).rejects.toMatchObject({ code: 'WRONG_RECOVERY_CODE' }),
      ),
    );
    expect(first.waits).toEqual([1000, 2000]);
    const second = recorder();
    const restarted = hearthAt(dataDir, { sleep: second.sleep, clock: stillClock });
    await expect(restarted.unlock({ method: 'recovery', code: other })).rejects.toMatchObject({ code: 'WRONG_RECOVERY_CODE' });
    expect(second.waits).toEqual([4000]);
    // Wrong recovery codes do not slow the device unlock, which guesses nothing.
    expect((await restarted.unlock()).state).toBe('open');
    restarted.lock();
    await restarted.unlock({ method: 'recovery', code: recoveryCode });
    expect(second.waits).toEqual([4000, 8000]);
  });

  it('a count edited in vault.json is noticed and costs the longest wait', async () => {
    const { dataDir } = await journal('device');
    const other = (await openTestJournal(tempDir(), { partners: ['X', 'Y'], keychain: createOsKeychain(), sleep: noWait })).recoveryCode;
    const hearth = hearthAt(dataDir, { clock: stillClock });
    for (let i = 0; i < 4; i++) {
      await expect(hearth.unlock({ method: 'recovery', code: other })).rejects.toMatchObject({ code: 'WRONG_RECOVERY_CODE' });
    }
    const path = join(dataDir, 'vault.json');
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(/"failures": 4/);
    writeFileSync(path, text.replace(/"failures": 4/, '"failures": 1'));
    const { waits, sleep } = recorder();
    await expect(hearthAt(dataDir, { sleep, clock: stillClock }).unlock({ method: 'recovery', code: other })).rejects.toMatchObject({
      code: 'WRONG_RECOVERY_CODE',
    });
    expect(waits).toEqual([60000]);
  });
});

describe('changing how it locks rewraps the key only', () => {
  it('turns the passphrase on, changes it and turns it off, without re-encrypting the database', async () => {
    const { dataDir } = await journal('device');
    const database = () => readFileSync(join(dataDir, 'journal.db'));
    const hearth = hearthAt(dataDir);
    await hearth.unlock();
    hearth.db().pragma('wal_checkpoint(TRUNCATE)');
    const before = database();
    await hearth.changeLock({ lockMode: 'device+passphrase', passphrase: PASSPHRASE });
    await expect(hearth.changeLock({ lockMode: 'device+passphrase', passphrase: 'a brand new passphrase' })).rejects.toMatchObject({
      code: 'PASSPHRASE_REQUIRED',
    });
    await expect(hearth.changeLock({ lockMode: 'device' }, 'not the passphrase')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await hearth.changeLock({ lockMode: 'device+passphrase', passphrase: 'a brand new passphrase' }, PASSPHRASE);
    hearth.lock();
    expect(database().equals(before)).toBe(true);
    await expect(hearth.unlock({ method: 'passphrase', passphrase: PASSPHRASE })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await hearth.unlock({ method: 'passphrase', passphrase: 'a brand new passphrase' });
    await hearth.changeLock({ lockMode: 'device' }, 'a brand new passphrase');
    hearth.lock();
    expect((await hearthAt(dataDir).unlock()).state).toBe('open');
  });

  it('refuses a passphrase that is too short', async () => {
    const { dataDir } = await journal('device');
    const hearth = hearthAt(dataDir);
    await hearth.unlock();
    await expect(hearth.changeLock({ lockMode: 'device+passphrase', passphrase: 'short' })).rejects.toMatchObject({
      code: 'PASSPHRASE_TOO_SHORT',
    });
    expect(readVaultFile(join(dataDir, 'vault.json'))!.lockMode).toBe('device');
  });

  it('regenerating the recovery code invalidates the old one', async () => {
    const { dataDir, recoveryCode } = await journal('device+passphrase');
    const hearth = hearthAt(dataDir);
    await hearth.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
    const fresh = await hearth.regenerateRecoveryCode(PASSPHRASE);
    expect(fresh).not.toBe(recoveryCode);
    hearth.lock();
    await expect(hearth.unlock({ method: 'recovery', code: recoveryCode })).rejects.toMatchObject({ code: 'WRONG_RECOVERY_CODE' });
    await hearth.unlock({ method: 'recovery', code: fresh });
    expect(await bodies(hearth)).toEqual(['Sunday pancakes, finally.']);
  });

  it.each(['after-keychain', 'before-rename', 'after-rename'] as const)(
    'a crash %s while adding a passphrase leaves the journal openable',
    async (point) => {
      const { dataDir } = await journal('device');
      const crashing = hearthAt(dataDir, {
        faults: (at) => {
          if (at === point) throw new Error(`simulated crash ${at}`);
        },
      });
      await crashing.unlock();
      await expect(crashing.changeLock({ lockMode: 'device+passphrase', passphrase: PASSPHRASE })).rejects.toThrow(/simulated crash/);
      // "Restart": whichever vault is on disk, old or new, opens with its own secret.
      const restarted = hearthAt(dataDir);
      const mode = restarted.status().lockMode;
      expect(mode).toBe(point === 'after-rename' ? 'device+passphrase' : 'device');
      await restarted.unlock(mode === 'device' ? { method: 'device' } : { method: 'passphrase', passphrase: PASSPHRASE });
      expect(await bodies(restarted)).toEqual(['Sunday pancakes, finally.']);
    },
  );
});

describe('the recovery code on another computer', () => {
  it.each(['device', 'device+passphrase'] as const)(
    'opens a copied %s journal with a fresh keychain and installs a new device key there',
    async (mode) => {
      const { dataDir, recoveryCode } = await journal(mode);
      const copied = join(tempDir(), 'copied-journal');
      cpSync(dataDir, copied, { recursive: true });
      // A different Secret Service collection stands in for the other computer's keychain.
      const otherKeychain = createOsKeychain('Hearth-other-computer');
      const there = hearthAt(copied, { keychain: otherKeychain });
      await expect(there.unlock(mode === 'device' ? { method: 'device' } : { method: 'passphrase', passphrase: PASSPHRASE })).rejects.toMatchObject({
        code: 'DEVICE_KEY_MISSING',
      });
      const status = await there.unlock({ method: 'recovery', code: recoveryCode });
      expect(status.mustChooseLock).toBe(mode === 'device+passphrase');
      expect(await bodies(there)).toEqual(['Sunday pancakes, finally.']);
      const journalId = readVaultFile(join(copied, 'vault.json'))!.journalId;
      expect(await otherKeychain.get(journalId)).toHaveLength(32);
      if (mode === 'device+passphrase') await there.changeLock({ lockMode: 'device+passphrase', passphrase: 'new place, new words' });
      there.lock();
      const again = await reopenTestJournal(copied, {
        keychain: otherKeychain,
        sleep: noWait,
        unlock: mode === 'device' ? { method: 'device' } : { method: 'passphrase', passphrase: 'new place, new words' },
      });
      expect(await bodies(again)).toEqual(['Sunday pancakes, finally.']);
      await otherKeychain.delete(journalId);
    },
  );
});

describe('a tampered vault file is refused by name', () => {
  const edit = (dataDir: string, change: (vault: Record<string, unknown>) => void) => {
    const path = join(dataDir, 'vault.json');
    const vault = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    change(vault);
    writeFileSync(path, JSON.stringify(vault));
  };

  it('when it claims device mode to skip the passphrase', async () => {
    const { dataDir } = await journal('device+passphrase');
    edit(dataDir, (v) => {
      v.lockMode = 'device';
      (v.wraps as { kind: string }[])[0]!.kind = 'device';
      delete (v.kdf as Record<string, unknown>).passphrase;
    });
    const before = snapshotDir(dataDir);
    await expect(hearthAt(dataDir).unlock()).rejects.toMatchObject({ code: 'VAULT_TAMPERED' });
    expect(snapshotDir(dataDir)).toEqual(before);
  });

  it('when its passphrase cost was lowered to make guessing cheap', async () => {
    const { dataDir } = await journal('device+passphrase');
    edit(dataDir, (v) => {
      ((v.kdf as Record<string, Record<string, number>>).passphrase!).N = 2;
    });
    await expect(hearthAt(dataDir).unlock({ method: 'passphrase', passphrase: PASSPHRASE })).rejects.toMatchObject({ code: 'VAULT_TAMPERED' });
  });

  it('when it asks for an absurd KDF cost (refused before any work, so Hearth cannot be made to hang)', async () => {
    const { dataDir, recoveryCode } = await journal('device');
    edit(dataDir, (v) => {
      ((v.kdf as Record<string, Record<string, number>>).recovery!).N = 2 ** 30;
    });
    const before = snapshotDir(dataDir);
    await expect(hearthAt(dataDir).unlock({ method: 'recovery', code: recoveryCode })).rejects.toMatchObject({ code: 'VAULT_CORRUPT' });
    expect(snapshotDir(dataDir)).toEqual(before);
  });
});
