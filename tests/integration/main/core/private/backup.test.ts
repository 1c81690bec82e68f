import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBackup, inlineRunner, restoreBackup } from '../../../../../src/main/core/backup';
import { createHandlers } from '../../../../../src/main/core/handlers';
import { createOsKeychain } from '../../../../../src/main/core/vault/keychain';
import { openTestJournal } from '../../../../support/journal';
import { filesContaining } from '../../../../support/scan';
import { useTempDirs } from '../../../../support/temp-dir';
import { ageDecrypt, hasAgeCli } from '../backup/support/age-cli';
import { A_PASSPHRASE, JOURNAL_PASSPHRASE, journalAt, MARKER, noWait } from './support';
import { skipBecause } from '../../../../support/skip';

const tempDir = useTempDirs();
const BACKUP_PASSPHRASE = 'a backup passphrase for both of us';
const FAST = { runner: inlineRunner, workFactor: 2 };
/** Sync handlers throw where async ones reject; IPC turns both into an error answer. */
const run = async <T>(call: () => T | Promise<T>): Promise<T> => call();

async function backupWithPrivatePage() {
  const dir = tempDir();
  const { handlers, hearth, recoveryCode } = await journalAt(dir);
  await handlers['private.create']({ partner: 'a', passphrase: A_PASSPHRASE, withRecoveryCode: false });
  await handlers['private.notes.create']({ partner: 'a', body: `${MARKER} words kept for later`, tags: ['alone'] });
  await handlers['private.checkins.create']({ partner: 'a', close: 2, safe: 3, heard: 1, note: `${MARKER} felt far` });
  await handlers['entries.create']({ author: 'b', body: 'A shared entry about the allotment' });
  // Exported with the page still open: export locks it first, so its file alone is the page.
  const file = join(dir, 'both-of-us.age');
  await exportBackup(hearth, file, BACKUP_PASSPHRASE, FAST);
  return { dir, file, handlers, hearth, recoveryCode };
}

describe('backups carry each private page still sealed', () => {
  it.skipIf(skipBecause(!hasAgeCli, 'private pages in a backup, read with the age CLI', 'no /usr/bin/age or script(1) here (.ci/run installs both)'))('the backup’s decrypted JSON holds the page only as sealed bytes', async () => {
    const { dir, file } = await backupWithPrivatePage();
    const out = join(dir, 'decrypted.json');
    expect(ageDecrypt(file, out, BACKUP_PASSPHRASE).status).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('A shared entry about the allotment');
    expect(text).not.toContain(MARKER);
    expect(text).not.toContain('kept for later');
    expect(filesContaining(dir, MARKER)).toEqual([]);

    const doc = JSON.parse(text) as { privatePages: { slot: string; keyFile: string; database: string }[] };
    expect(doc.privatePages.map((p) => p.slot)).toEqual(['a']);
    const database = Buffer.from(doc.privatePages[0]!.database, 'base64');
    expect(database.length).toBeGreaterThan(4096);
    expect(database.includes(Buffer.from(MARKER))).toBe(false);
    expect(database.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    const keyFile = JSON.parse(Buffer.from(doc.privatePages[0]!.keyFile, 'base64').toString('utf8')) as object;
    expect(Object.keys(keyFile)).toEqual(expect.arrayContaining(['passphrase', 'journalId', 'slot']));
  });

  it('after a restore on a fresh folder with a fresh keychain, A’s private passphrase opens it and nothing else does', async () => {
    const { dir, file, recoveryCode } = await backupWithPrivatePage();
    // Another computer: a new folder, another Secret Service collection, a new journal.
    const { hearth: there } = await openTestJournal(join(dir, 'elsewhere'), {
      keychain: createOsKeychain('Hearth-other-computer'),
      sleep: noWait,
      lock: { lockMode: 'device+passphrase', passphrase: 'a new passphrase on this computer' },
    });
    const handlers = createHandlers(there);
    expect(await handlers['private.status'](undefined)).toEqual({ a: { exists: false }, b: { exists: false } });

    await restoreBackup(there, file, BACKUP_PASSPHRASE, { mode: 'into-empty' }, FAST);

    expect(await handlers['private.status'](undefined)).toEqual({ a: { exists: true }, b: { exists: false } });
    expect((await handlers['entries.list']({ limit: 10 })).entries.map((e) => e.body)).toEqual(['A shared entry about the allotment']);
    expect(filesContaining(join(dir, 'elsewhere'), MARKER)).toEqual([]);
    for (const wrong of [BACKUP_PASSPHRASE, JOURNAL_PASSPHRASE, 'a new passphrase on this computer', recoveryCode]) {
      await expect(run(() => handlers['private.unlock']({ partner: 'a', method: 'passphrase', passphrase: wrong }))).rejects.toMatchObject({
        code: 'WRONG_PASSPHRASE',
      });
    }
    await expect(run(() => handlers['private.unlock']({ partner: 'a', method: 'recovery', code: recoveryCode }))).rejects.toMatchObject({
      code: 'WRONG_RECOVERY_CODE',
    });
    await handlers['private.unlock']({ partner: 'a', method: 'passphrase', passphrase: A_PASSPHRASE });
    expect((await handlers['private.notes.list']({ partner: 'a', limit: 10 })).notes.map((n) => n.body)).toEqual([
      `${MARKER} words kept for later`,
    ]);
    expect(await handlers['private.checkins.list']({ partner: 'a' })).toMatchObject([{ close: 2, safe: 3, heard: 1 }]);
  });
});
