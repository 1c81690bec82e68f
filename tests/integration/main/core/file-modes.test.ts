import { chmodSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBackup, inlineRunner, listSafetyCopies, restoreBackup } from '../../../../src/main/core/backup';
import { createHandlers } from '../../../../src/main/core/handlers';
import { DATABASE_FILE } from '../../../../src/main/core/hearth';
import { createOsKeychain } from '../../../../src/main/core/vault/keychain';
import { openTestJournal } from '../../../support/journal';
import { listFiles } from '../../../support/scan';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const PASSPHRASE = 'modes test passphrase';
const FAST = { runner: inlineRunner, workFactor: 2 };

/** Each file below `dir` with its permission bits, as `name: 0600`. */
function modes(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((file) => [relative(dir, file), (statSync(file).mode & 0o777).toString(8).padStart(4, '0')]));
}

/** Every file of the journal is for this OS account alone (0600), not only its folder (0700). */
function expectOnlyOwnerCanRead(dir: string, mustHold: string[]) {
  const found = modes(dir);
  expect(Object.keys(found)).toEqual(expect.arrayContaining(mustHold));
  expect(found).toEqual(Object.fromEntries(Object.keys(found).map((name) => [name, '0600'])));
}

/** A journal in `<dir>/journal` with twenty entries. */
async function openJournal(dir: string, marker: string) {
  const { hearth, dataDir } = await openTestJournal(dir, { keychain: createOsKeychain() });
  const handlers = createHandlers(hearth);
  for (let i = 0; i < 20; i++) await handlers['entries.create']({ author: 'a', body: `${marker} ${i}`, tags: [] });
  return { hearth, dataDir };
}

describe('file modes in the data folder (umask 022, as on most systems)', () => {
  it('the journal, its write-ahead log, its index and the vault are 0600 from setup on', async () => {
    const { hearth, dataDir } = await openJournal(tempDir(), 'an entry');
    expectOnlyOwnerCanRead(dataDir, [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, 'vault.json']);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    hearth.lock();
    expectOnlyOwnerCanRead(dataDir, [DATABASE_FILE, 'vault.json']);
  });

  it('a restore’s staging journal, the restored journal and the safety copy are 0600', async () => {
    const dir = tempDir();
    const { hearth: other } = await openJournal(join(dir, 'other'), 'theirs');
    const file = join(dir, 'theirs.age');
    await exportBackup(other, file, PASSPHRASE, FAST);
    other.lock();

    const { hearth, dataDir } = await openJournal(join(dir, 'mine'), 'mine');
    let atStaging: Record<string, string> = {};
    await restoreBackup(hearth, file, PASSPHRASE, { mode: 'replace' }, {
      ...FAST,
      faults: (point) => {
        if (point === 'after-build') atStaging = modes(dataDir);
      },
    });
    expect(atStaging[`${DATABASE_FILE}.restoring`]).toBe('0600');
    expect(Object.values(atStaging).every((mode) => mode === '0600')).toBe(true);
    expect(listSafetyCopies(hearth)).toHaveLength(1);
    expectOnlyOwnerCanRead(dataDir, [DATABASE_FILE, 'vault.json', expect.stringMatching(/^safety-copies\//) as unknown as string]);
    expect(statSync(join(dataDir, 'safety-copies')).mode & 0o777).toBe(0o700);

    await createHandlers(hearth)['entries.create']({ author: 'b', body: 'after the restore', tags: [] });
    expectOnlyOwnerCanRead(dataDir, [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`]);
    hearth.lock();
    expectOnlyOwnerCanRead(dataDir, [DATABASE_FILE]);
  });

  it('a journal left readable by an older version is made 0600 when it next opens', async () => {
    const { hearth, dataDir } = await openJournal(tempDir(), 'old');
    hearth.lock();
    for (const name of [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`]) {
      const path = join(dataDir, name);
      try {
        chmodSync(path, 0o644);
      } catch {
        writeFileSync(path, '', { mode: 0o644 }); // an empty log or index, as SQLite may leave
        chmodSync(path, 0o644);
      }
    }
    await hearth.unlock();
    expectOnlyOwnerCanRead(dataDir, [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`]);
    hearth.lock();
  });
});
