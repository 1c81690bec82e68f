/**
 * Keychain faults, against real gnome-keyring: the keychain unreachable, locked (mid-run and
 * at login), and the journal's item deleted behind Hearth's back. Each must give its named
 * error with a way forward in the message, change nothing, and never put a key anywhere else
 * (the data folder, the kernel keyring). Setup without a keychain is in keychain.test.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../../src/main/core/handlers';
import { type Hearth } from '../../../../../src/main/core/hearth';
import { createOsKeychain } from '../../../../../src/main/core/vault/keychain';
import { readVaultFile } from '../../../../../src/main/core/vault/vault-file';
import { createTestHearth, openTestJournal, reopenTestJournal } from '../../../../support/journal';
import { listFiles } from '../../../../support/scan';
import { useTempDirs } from '../../../../support/temp-dir';
import { bareSessionBus } from '../../../support/session-bus';

const tempDir = useTempDirs();
const repoRoot = join(import.meta.dirname, '../../../../..');
const CHILD = join(repoRoot, 'tests/integration/support/keychain-fault-child.ts');

beforeAll(() => {
  if (process.env['HEARTH_KEYRING'] !== 'private') {
    throw new Error('Run integration tests through scripts/with-keyring.sh (npm run test:integration).');
  }
});

/** The sentences that tell a person what to do next. */
const WAY_FORWARD = {
  KEYCHAIN_UNAVAILABLE: /install and start a Secret Service such as GNOME Keyring or KWallet, then open Hearth again/,
  KEYCHAIN_LOCKED: /keychain is locked\. Unlock it \(usually by logging in again\) and open Hearth again/,
  DEVICE_KEY_MISSING: /Open it with your recovery code/,
};

interface ChildReport {
  scenario: string;
  steps: { step: string; ok: boolean; code: string | null; message: string; stateAfter: string }[];
  vaultBefore: string | null;
  vaultAfter: string | null;
  secrets: { deviceKey: string; dek: string; journalId: string };
  kernelKeys: string[];
  collectionLocked?: boolean;
}

function runChild(args: string[], env: NodeJS.ProcessEnv, wrap: string[] = []): ChildReport {
  const command = [...wrap, process.execPath, '--import', 'tsx', CHILD, ...args];
  const result = spawnSync(command[0]!, command.slice(1), { env, cwd: repoRoot, encoding: 'utf8', timeout: 90_000 });
  const line = result.stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(line) as ChildReport;
  } catch {
    throw new Error(`the child printed no report (status ${result.status}, signal ${result.signal}):\n${result.stdout}\n${result.stderr}`);
  }
}

/** A keyring of its own: a new D-Bus session, HOME and unlocked gnome-keyring, for faults that cannot be undone. */
function inOwnKeyring(scenario: string, dataDir: string): ChildReport {
  const env = { ...process.env };
  delete env['HEARTH_KEYRING_INNER'];
  delete env['DBUS_SESSION_BUS_ADDRESS'];
  return runChild([scenario, dataDir], env, ['bash', join(repoRoot, 'scripts/with-keyring.sh')]);
}

/** Files in `dir` holding any of the keys, raw or written out as hex or base64. */
function filesHoldingKeys(dir: string, keysHex: string[]): string[] {
  const needles = keysHex
    .filter(Boolean)
    .map((hex) => Buffer.from(hex, 'hex'))
    .flatMap((key) => [key, Buffer.from(key.toString('hex')), Buffer.from(key.toString('hex').toUpperCase()), Buffer.from(key.toString('base64'))]);
  return listFiles(dir).filter((file) => {
    const bytes = readFileSync(file);
    return needles.some((needle) => bytes.includes(needle));
  });
}

const kernelKeysOfHearth = (journalId: string) =>
  readFileSync('/proc/keys', 'utf8')
    .split('\n')
    .filter((line) => /hearth/i.test(line) || line.includes(journalId));

async function keysOf(hearth: Hearth, dataDir: string) {
  const journalId = readVaultFile(join(dataDir, 'vault.json'))!.journalId;
  const deviceKey = (await createOsKeychain().get(journalId))!.toString('hex');
  let dek = '';
  await hearth.withDatabaseKey(async (loan) => {
    dek = loan.dek.toString('hex');
  });
  return { journalId, deviceKey, dek };
}

const sha256Of = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('the keychain unreachable, for a journal that exists', () => {
  const setUp = async () => {
    const { hearth, dataDir, recoveryCode } = await openTestJournal(tempDir(), { keychain: createOsKeychain() });
    await createHandlers(hearth)['entries.create']({ author: 'a', body: 'A note before the keychain vanished.' });
    const keys = await keysOf(hearth, dataDir);
    hearth.lock();
    return { dataDir, recoveryCode, keys };
  };

  const expectRefusedByName = (report: ChildReport, keys: { journalId: string; deviceKey: string; dek: string }, dataDir: string) => {
    expect(report.steps.map((s) => s.step)).toEqual(['unlock with this computer', 'unlock with the recovery code']);
    for (const step of report.steps) {
      expect(step, step.step).toMatchObject({ ok: false, code: 'KEYCHAIN_UNAVAILABLE', stateAfter: 'locked' });
      expect(step.message, step.step).toMatch(WAY_FORWARD.KEYCHAIN_UNAVAILABLE);
    }
    expect(report.vaultAfter).toBe(report.vaultBefore);
    expect(filesHoldingKeys(dataDir, [keys.deviceKey, keys.dek])).toEqual([]);
    expect(report.kernelKeys).toEqual([]);
    expect(kernelKeysOfHearth(keys.journalId)).toEqual([]);
  };

  it('with no session bus: KEYCHAIN_UNAVAILABLE, even with the recovery code, and the journal stays locked', async () => {
    const { dataDir, recoveryCode, keys } = await setUp();
    const env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/hearth-bus' };
    expectRefusedByName(runChild(['unreachable', dataDir, recoveryCode], env), keys, dataDir);
    // Back with its keychain, it opens as before: nothing was lost or changed.
    const again = await reopenTestJournal(dataDir, { keychain: createOsKeychain() });
    expect((await createHandlers(again)['entries.list']({ limit: 5 })).entries).toHaveLength(1);
    again.lock();
  });

  it('with a session bus that offers no Secret Service: the same', async () => {
    const { dataDir, recoveryCode, keys } = await setUp();
    const { env, prefix } = bareSessionBus(tempDir());
    const report = runChild(['unreachable', dataDir, recoveryCode], env, prefix);
    expectRefusedByName(report, keys, dataDir);
  });
});

describe('the keychain locked', () => {
  const expectLockedByName = (report: ChildReport, dataDir: string) => {
    expect(report.collectionLocked, 'the fault was really in place').toBe(true);
    const refusals = report.steps.filter((s) => !s.ok);
    expect(refusals.length).toBeGreaterThan(0);
    for (const step of refusals) {
      expect(step.code, step.step).toBe('KEYCHAIN_LOCKED');
      expect(step.message, step.step).toMatch(WAY_FORWARD.KEYCHAIN_LOCKED);
    }
    for (const step of report.steps.filter((s) => s.step.startsWith('unlock'))) expect(step.stateAfter, step.step).toBe('locked');
    expect(report.vaultAfter, 'the vault is unchanged').toBe(report.vaultBefore);
    expect(report.secrets.deviceKey).toMatch(/^[0-9a-f]{64}$/);
    expect(report.secrets.dek).toMatch(/^[0-9a-f]{64}$/);
    expect(filesHoldingKeys(dataDir, [report.secrets.deviceKey, report.secrets.dek])).toEqual([]);
    expect(report.kernelKeys).toEqual([]);
  };

  it('mid-run (the collection locked over D-Bus): the open journal keeps working; anything needing the key is KEYCHAIN_LOCKED', () => {
    const dataDir = join(tempDir(), 'journal');
    const report = inOwnKeyring('locked-mid-run', dataDir);
    expect(report.steps.map((s) => [s.step, s.ok, s.code])).toEqual([
      ['read while open', true, null],
      ['turn on a passphrase', false, 'KEYCHAIN_LOCKED'],
      ['new recovery code', false, 'KEYCHAIN_LOCKED'],
      ['unlock with this computer', false, 'KEYCHAIN_LOCKED'],
      ['unlock with the recovery code', false, 'KEYCHAIN_LOCKED'],
    ]);
    expectLockedByName(report, dataDir);
  });

  it('at login (the daemon started without unlocking its keyring): KEYCHAIN_LOCKED, the journal stays locked', () => {
    const dataDir = join(tempDir(), 'journal');
    const report = inOwnKeyring('locked-at-login', dataDir);
    expect(report.steps.map((s) => [s.step, s.ok, s.code])).toEqual([
      ['unlock with this computer', false, 'KEYCHAIN_LOCKED'],
      ['unlock with the recovery code', false, 'KEYCHAIN_LOCKED'],
    ]);
    expectLockedByName(report, dataDir);
  });
});

describe('the keychain item deleted behind Hearth’s back', () => {
  const clear = (journalId: string) => execFileSync('secret-tool', ['clear', 'service', 'Hearth', 'username', journalId]);
  const lookup = (journalId: string) => {
    const result = spawnSync('secret-tool', ['lookup', 'service', 'Hearth', 'username', journalId], { encoding: 'utf8' });
    return result.status === 0 && result.stdout ? result.stdout : null;
  };

  it('while open: changes that need the key are DEVICE_KEY_MISSING; after locking, the recovery code opens it and restores a device key', async () => {
    const { hearth, dataDir, recoveryCode } = await openTestJournal(tempDir(), { keychain: createOsKeychain() });
    const handlers = createHandlers(hearth);
    await handlers['entries.create']({ author: 'both', body: 'Before the key went missing.' });
    const before = await keysOf(hearth, dataDir);
    const vaultBefore = sha256Of(join(dataDir, 'vault.json'));

    clear(before.journalId);
    expect(lookup(before.journalId)).toBeNull();

    // The open journal has its key in memory: it goes on working.
    await handlers['entries.create']({ author: 'a', body: 'After the key went missing.' });
    for (const change of [
      () => hearth.changeLock({ lockMode: 'device+passphrase', passphrase: 'a long enough passphrase' }),
      () => hearth.regenerateRecoveryCode(),
    ]) {
      const error = await change().then(
        () => null,
        (e: unknown) => e as { code: string; message: string },
      );
      expect(error?.code).toBe('DEVICE_KEY_MISSING');
      expect(error?.message).toMatch(WAY_FORWARD.DEVICE_KEY_MISSING);
    }
    expect(sha256Of(join(dataDir, 'vault.json'))).toBe(vaultBefore);
    hearth.lock();

    const later = createTestHearth(dataDir, { keychain: createOsKeychain() });
    const refused = await later.unlock().then(
      () => null,
      (e: unknown) => e as { code: string; message: string },
    );
    expect(refused?.code).toBe('DEVICE_KEY_MISSING');
    expect(refused?.message).toMatch(WAY_FORWARD.DEVICE_KEY_MISSING);
    expect(later.status().state).toBe('locked');
    expect(sha256Of(join(dataDir, 'vault.json'))).toBe(vaultBefore);

    // The way forward works: the recovery code opens it, and this computer gets a new device key.
    await later.unlock({ method: 'recovery', code: recoveryCode });
    expect((await createHandlers(later)['entries.list']({ limit: 5 })).entries.map((e) => e.body).sort()).toEqual([
      'After the key went missing.',
      'Before the key went missing.',
    ]);
    const after = await keysOf(later, dataDir);
    expect(after.deviceKey).not.toBe(before.deviceKey);
    expect(after.dek).toBe(before.dek);
    later.lock();
    const nextStart = createTestHearth(dataDir, { keychain: createOsKeychain() });
    expect((await nextStart.unlock()).state).toBe('open');
    nextStart.lock();

    // No key, old or new, was ever written anywhere but the keychain.
    expect(filesHoldingKeys(dataDir, [before.deviceKey, after.deviceKey, before.dek])).toEqual([]);
    expect(kernelKeysOfHearth(before.journalId)).toEqual([]);
  });

  it('the key scan finds a key that is in the folder (so it can fail)', () => {
    const dir = tempDir();
    const key = 'ab'.repeat(32);
    writeFileSync(join(dir, 'leak.txt'), `key=${Buffer.from(key, 'hex').toString('base64')}`);
    expect(filesHoldingKeys(dir, [key])).toEqual([join(dir, 'leak.txt')]);
  });
});
