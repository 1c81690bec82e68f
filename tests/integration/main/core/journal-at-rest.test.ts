import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../../src/main/core/hearth';
import { createHandlers } from '../../../../src/main/core/handlers';
import { openEncrypted, type WritableDB } from '../../../../src/main/core/db/connection';
import { migrate } from '../../../../src/main/core/db/migrate';
import { createEntry } from '../../../../src/main/core/journal';
import { createOsKeychain } from '../../../../src/main/core/vault/keychain';
import { readVaultFile } from '../../../../src/main/core/vault/vault-file';
import { filesContaining, listFiles, snapshotDir } from '../../../support/scan';
import { createTestHearth, openTestJournal } from '../../../support/journal';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const MARKER = 'marker-ZQX7-léa-🌙-private-words';

async function journalWithEntries(count = 50) {
  const { dataDir, hearth } = await openTestJournal(tempDir(), { keychain: createOsKeychain() });
  const handlers = createHandlers(hearth);
  for (let i = 0; i < count; i++) {
    await handlers['entries.create']({ author: i % 2 ? 'a' : 'b', body: `${MARKER} number ${i}`, tags: [MARKER.slice(0, 30)] });
  }
  return { dataDir, hearth, handlers };
}

describe('nothing readable at rest', () => {
  it('holds no plaintext of an entry in any file of the data folder, open or closed', async () => {
    const { dataDir, hearth } = await journalWithEntries();
    // While open, the write-ahead log holds the newest pages: they must be encrypted too.
    expect(listFiles(dataDir).map((f) => f.slice(dataDir.length + 1)).sort()).toEqual(
      expect.arrayContaining([DATABASE_FILE, `${DATABASE_FILE}-wal`, 'vault.json']),
    );
    expect(filesContaining(dataDir, MARKER)).toEqual([]);
    expect(filesContaining(dataDir, 'number 49')).toEqual([]);
    hearth.lock();
    const files = listFiles(dataDir);
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(filesContaining(dataDir, MARKER)).toEqual([]);
  });

  it('the same scan finds the marker in a deliberately unencrypted database (so it can fail)', () => {
    const dir = tempDir();
    const db = new Database(join(dir, DATABASE_FILE)) as unknown as WritableDB;
    db.pragma('journal_mode = WAL');
    migrate(db);
    createEntry(db, { author: 'a', body: `${MARKER} plain`, at: { utc: Date.now(), offsetMinutes: 0 } });
    expect(filesContaining(dir, MARKER).length).toBeGreaterThan(0);
    db.close();
    expect(filesContaining(dir, MARKER)).toEqual([join(dir, DATABASE_FILE)]);
  });
});

describe('each failure to open is named and changes nothing on disk', () => {
  it('a wrong database key is WRONG_KEY at open, not a crash on the first query', async () => {
    const { dataDir, hearth } = await journalWithEntries(3);
    hearth.lock();
    const before = snapshotDir(dataDir);
    expect(() => openEncrypted(join(dataDir, DATABASE_FILE), { key: Buffer.alloc(32, 7) })).toThrow(
      expect.objectContaining({ code: 'WRONG_KEY' }),
    );
    expect(snapshotDir(dataDir)).toEqual(before);
  });

  it('a device key that does not match the vault is WRONG_KEY', async () => {
    const { dataDir, hearth } = await journalWithEntries(3);
    hearth.lock();
    const keychain = createOsKeychain();
    const vault = readVaultFile(join(dataDir, 'vault.json'))!;
    await keychain.set(vault.journalId, Buffer.alloc(32, 1));
    const before = snapshotDir(dataDir);
    await expect(createTestHearth(dataDir, { keychain }).unlock()).rejects.toMatchObject({ code: 'WRONG_KEY' });
    expect(snapshotDir(dataDir)).toEqual(before);
  });

  it.each([
    ['truncated', (text: string) => text.slice(0, text.length / 2)],
    ['not JSON', () => '\u0000\u0001garbage'],
    ['a field of the wrong type', (text: string) => text.replace(/"lockMode": "device"/, '"lockMode": 7')],
    ['a wrap with its key material removed', (text: string) => text.replace(/"ciphertext": "[^"]+"/, '"ciphertext": ""')],
  ])('a corrupted vault file (%s) is VAULT_CORRUPT', async (_name, corrupt) => {
    const { dataDir, hearth } = await journalWithEntries(3);
    hearth.lock();
    const vaultPath = join(dataDir, 'vault.json');
    writeFileSync(vaultPath, corrupt(readFileSync(vaultPath, 'utf8')));
    const before = snapshotDir(dataDir);
    const again = createTestHearth(dataDir, { keychain: createOsKeychain() });
    await expect(again.unlock()).rejects.toMatchObject({ code: 'VAULT_CORRUPT' });
    expect(() => again.status()).toThrow(expect.objectContaining({ code: 'VAULT_CORRUPT' }));
    expect(snapshotDir(dataDir)).toEqual(before);
  });

  it('a vault written by a newer Hearth is VAULT_FROM_FUTURE', async () => {
    const { dataDir, hearth } = await journalWithEntries(1);
    hearth.lock();
    const vaultPath = join(dataDir, 'vault.json');
    writeFileSync(vaultPath, readFileSync(vaultPath, 'utf8').replace('"version": 1', '"version": 99'));
    const before = snapshotDir(dataDir);
    await expect(createTestHearth(dataDir, { keychain: createOsKeychain() }).unlock()).rejects.toMatchObject({
      code: 'VAULT_FROM_FUTURE',
    });
    expect(snapshotDir(dataDir)).toEqual(before);
  });

  it('a database from a newer schema is DATABASE_FROM_FUTURE', async () => {
    const { dataDir, hearth } = await journalWithEntries(2);
    hearth.db().pragma('user_version = 990');
    hearth.lock();
    const before = snapshotDir(dataDir);
    const again = createTestHearth(dataDir, { keychain: createOsKeychain() });
    await expect(again.unlock()).rejects.toMatchObject({
      code: 'DATABASE_FROM_FUTURE',
      message: expect.stringMatching(/newer version of Hearth/),
    });
    expect(again.status().state).toBe('locked');
    expect(snapshotDir(dataDir)).toEqual(before);
  });
});
