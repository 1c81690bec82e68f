import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, beforeAll } from 'vitest';
import { createOsKeychain } from '../../../../../src/main/core/vault/keychain';
import { readVaultFile } from '../../../../../src/main/core/vault/vault-file';
import { createHandlers } from '../../../../../src/main/core/handlers';
import { createTestHearth, openTestJournal } from '../../../../support/journal';
import { useTempDirs } from '../../../../support/temp-dir';
import { bareSessionBus } from '../../../support/session-bus';

const tempDir = useTempDirs();
const repoRoot = join(import.meta.dirname, '../../../../..');

beforeAll(() => {
  if (process.env.HEARTH_KEYRING !== 'private') {
    throw new Error('Run integration tests through scripts/with-keyring.sh (npm run test:integration).');
  }
});

/** Asks the Secret Service directly, with the stock libsecret tool, not through Hearth's code. */
const secretToolLookup = (account: string): string | null => {
  const result = spawnSync('secret-tool', ['lookup', 'service', 'Hearth', 'username', account], {
    encoding: 'utf8',
  });
  return result.status === 0 && result.stdout.length > 0 ? result.stdout : null;
};

describe('the device key in a real Secret Service (gnome-keyring)', () => {
  it('first open creates and stores the key; a second open finds it and reads what the first wrote', async () => {
    const dataDir = join(tempDir(), 'journal');
    const first = createTestHearth(dataDir, { keychain: createOsKeychain() });
    expect(first.status().state).toBe('needs-setup');
    await first.setup(['Ada', 'Bo']);
    const handlers = createHandlers(first);
    await handlers['entries.create']({ author: 'a', body: 'We walked to the lake and talked.' });
    first.lock();

    const vault = readVaultFile(join(dataDir, 'vault.json'));
    expect(vault?.lockMode).toBe('device');
    const stored = secretToolLookup(vault!.journalId);
    expect(stored, 'the device key is in the Secret Service').not.toBeNull();
    expect(Buffer.from(stored!, 'base64')).toHaveLength(32);

    // A fresh process-equivalent: new objects, same folder, same keychain.
    const second = createTestHearth(dataDir, { keychain: createOsKeychain() });
    expect(second.status().state).toBe('locked');
    await second.unlock();
    const list = await createHandlers(second)['entries.list']({ limit: 10 });
    expect(list.entries.map((e) => e.body)).toEqual(['We walked to the lake and talked.']);
    second.lock();
  });

  it('refuses to open when the keychain item was deleted behind its back, and changes nothing', async () => {
    const { hearth, dataDir } = await openTestJournal(tempDir(), { keychain: createOsKeychain() });
    hearth.lock();
    const vault = readVaultFile(join(dataDir, 'vault.json'))!;
    execFileSync('secret-tool', ['clear', 'service', 'Hearth', 'username', vault.journalId]);
    await expect(createTestHearth(dataDir, { keychain: createOsKeychain() }).unlock()).rejects.toMatchObject({
      code: 'DEVICE_KEY_MISSING',
    });
  });
});

describe('without a Secret Service, setup fails by name and leaves no key anywhere', () => {
  const runSetupChild = (dataDir: string, env: NodeJS.ProcessEnv, wrap: string[] = []) => {
    const args = [...wrap, process.execPath, '--import', 'tsx', join(repoRoot, 'tests/integration/support/setup-child.ts'), dataDir];
    const result = spawnSync(args[0]!, args.slice(1), { env, encoding: 'utf8', cwd: repoRoot, timeout: 60_000 });
    const line = result.stdout.trim().split('\n').at(-1) ?? '';
    try {
      return JSON.parse(line) as { code: string | null; message: string; attempted: number; keyFound: boolean };
    } catch {
      throw new Error(`child printed no result (status ${result.status}): ${result.stderr}`);
    }
  };

  const expectNothingLeft = (dataDir: string, result: ReturnType<typeof runSetupChild>) => {
    expect(result.code).toBe('KEYCHAIN_UNAVAILABLE');
    expect(result.message).toMatch(/Secret Service such as GNOME Keyring or KWallet/);
    expect(result.attempted).toBe(1);
    expect(result.keyFound).toBe(false);
    expect(existsSync(dataDir) ? readdirSync(dataDir) : []).toEqual([]);
  };

  it('with no session bus at all', () => {
    const dataDir = join(tempDir(), 'journal');
    const env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/hearth-bus' };
    expectNothingLeft(dataDir, runSetupChild(dataDir, env));
  });

  it('with a session bus that offers no Secret Service', () => {
    const dir = tempDir();
    const dataDir = join(dir, 'journal');
    const { env, prefix } = bareSessionBus(dir);
    expectNothingLeft(dataDir, runSetupChild(dataDir, env, prefix));
  });
});
