/**
 * Runs one keychain fault against a real journal, in a process whose keychain the test
 * controls, and prints one JSON line: each step's outcome (code, message, the journal's state
 * after it), the vault file before and after, and — so the test can look for them where they
 * must not be — the device key and database key in hex.
 *   node --import tsx keychain-fault-child.ts <scenario> <dataDir> [recoveryCode]
 * Scenarios:
 *   locked-mid-run   set up, then lock the keychain's collection over D-Bus while the journal is open
 *   locked-at-login  set up, then restart the keyring daemon without unlocking it (a login without it)
 *   unreachable      the journal exists already; this process simply has no Secret Service to talk to
 * The first two run inside their own D-Bus session and keyring (scripts/with-keyring.sh), because
 * a locked collection can only be unlocked again through a prompt.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHandlers } from '../../../src/main/core/handlers';
import { type Hearth } from '../../../src/main/core/hearth';
import { createOsKeychain } from '../../../src/main/core/vault/keychain';
import { readVaultFile } from '../../../src/main/core/vault/vault-file';
import { createTestHearth } from '../../support/journal';

const [scenario, dataDir, givenRecoveryCode] = process.argv.slice(2) as [string, string, string | undefined];
const vaultPath = join(dataDir, 'vault.json');
const vaultHash = () => (existsSync(vaultPath) ? createHash('sha256').update(readFileSync(vaultPath)).digest('hex') : null);

interface Step {
  step: string;
  ok: boolean;
  code: string | null;
  message: string;
  stateAfter: string;
}
const steps: Step[] = [];
const secrets = { deviceKey: '', dek: '', journalId: '' };

const stateOf = (hearth: Hearth) => {
  try {
    return hearth.status().state;
  } catch (error) {
    return `status failed: ${(error as { code?: string }).code ?? 'THROWN'}`;
  }
};

async function attempt(hearth: Hearth, step: string, work: () => unknown) {
  try {
    await work();
    steps.push({ step, ok: true, code: null, message: '', stateAfter: stateOf(hearth) });
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'THROWN';
    steps.push({ step, ok: false, code, message: (error as Error).message, stateAfter: stateOf(hearth) });
  }
}

const gdbus = (...args: string[]) => execFileSync('gdbus', ['call', '--session', '--dest', 'org.freedesktop.secrets', ...args], { encoding: 'utf8', timeout: 10_000 });
const collectionLocked = () =>
  gdbus('--object-path', '/org/freedesktop/secrets/collection/login', '--method', 'org.freedesktop.DBus.Properties.Get', 'org.freedesktop.Secret.Collection', 'Locked').includes('true');

/** A fresh journal in this process's keychain; remembers its keys so the test can hunt for them. */
async function setUpJournal(): Promise<{ hearth: Hearth; recoveryCode: string }> {
  // The parent names the data folder itself, so setup runs here rather than through openTestJournal.
  const hearth = createTestHearth(dataDir, { keychain: createOsKeychain() });
  const { recoveryCode } = await hearth.setup(['Ada', 'Bo']);
  await createHandlers(hearth)['entries.create']({ author: 'both', body: 'Written before the keychain went away.' });
  secrets.journalId = readVaultFile(vaultPath)!.journalId;
  secrets.deviceKey = (await createOsKeychain().get(secrets.journalId))!.toString('hex');
  await hearth.withDatabaseKey(async ({ dek }) => {
    secrets.dek = dek.toString('hex');
  });
  return { hearth, recoveryCode };
}

async function tryEverythingLocked(hearth: Hearth, recoveryCode: string) {
  await attempt(hearth, 'unlock with this computer', () => hearth.unlock());
  await attempt(hearth, 'unlock with the recovery code', () => hearth.unlock({ method: 'recovery', code: recoveryCode }));
}

let daemon: ChildProcess | null = null;
let vaultBefore: string | null = null;
let extra: Record<string, unknown> = {};
try {
  if (scenario === 'locked-mid-run') {
    const { hearth, recoveryCode } = await setUpJournal();
    vaultBefore = vaultHash();
    gdbus('--object-path', '/org/freedesktop/secrets', '--method', 'org.freedesktop.Secret.Service.Lock', "['/org/freedesktop/secrets/collection/login']");
    extra = { collectionLocked: collectionLocked() };
    const handlers = createHandlers(hearth);
    // The open journal keeps its key in memory: reading and writing go on.
    await attempt(hearth, 'read while open', () => handlers['entries.list']({ limit: 10 }));
    await attempt(hearth, 'turn on a passphrase', () =>
      hearth.changeLock({ lockMode: 'device+passphrase', passphrase: 'a long enough passphrase' }),
    );
    await attempt(hearth, 'new recovery code', () => hearth.regenerateRecoveryCode());
    hearth.lock();
    await tryEverythingLocked(hearth, recoveryCode);
  } else if (scenario === 'locked-at-login') {
    const { hearth, recoveryCode } = await setUpJournal();
    hearth.lock();
    vaultBefore = vaultHash();
    // As after a login that did not unlock the keyring: a new daemon reads the keyring file, locked.
    daemon = spawn('gnome-keyring-daemon', ['--replace', '--foreground', '--components=secrets'], { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      try {
        if (collectionLocked()) break;
      } catch {
        // not answering yet
      }
    }
    extra = { collectionLocked: collectionLocked() };
    const fresh = createTestHearth(dataDir, { keychain: createOsKeychain() });
    await tryEverythingLocked(fresh, recoveryCode);
  } else if (scenario === 'unreachable') {
    vaultBefore = vaultHash();
    const hearth = createTestHearth(dataDir, { keychain: createOsKeychain() });
    await tryEverythingLocked(hearth, givenRecoveryCode ?? '');
  } else {
    throw new Error(`unknown scenario ${scenario}`);
  }
} finally {
  daemon?.kill();
}

// The kernel keyring, where @napi-rs/keyring would silently fall back: anything of Hearth's there?
const kernelKeys = readFileSync('/proc/keys', 'utf8')
  .split('\n')
  .filter((line) => /hearth/i.test(line) || (secrets.journalId !== '' && line.includes(secrets.journalId)));

console.log(JSON.stringify({ scenario, steps, vaultBefore, vaultAfter: vaultHash(), secrets, kernelKeys, ...extra }));
