import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBackup, inlineRunner, restoreBackup } from '../../../../../src/main/core/backup';
import type { WritableDB } from '../../../../../src/main/core/db/connection';
import { openEncrypted } from '../../../../../src/main/core/db/connection';
import { migrate } from '../../../../../src/main/core/db/migrate';
import { MIGRATIONS } from '../../../../../src/main/core/db/migrations';
import { countEntries, createEntry, emptyTrash, restoreEntry, trashEntry, updateEntry } from '../../../../../src/main/core/journal';
import { openTestJournal } from '../../../../support/journal';
import { useTempDirs } from '../../../../support/temp-dir';
import { addSession, at, openJournal } from './fixture';

const tempDir = useTempDirs();

/** The count the home screen shows must always be what counting the entries says. */
const truth = (db: WritableDB) => (db.prepare('SELECT count(*) AS n FROM entries WHERE deleted_at IS NULL').get() as { n: number }).n;
const expectCount = (db: WritableDB, n: number) => {
  expect(countEntries(db)).toBe(n);
  expect(truth(db)).toBe(n);
};

let minute = 0;
const write = (db: WritableDB, body: string, extra: Partial<Parameters<typeof createEntry>[1]> = {}) =>
  createEntry(db, { author: 'a', body, kind: 'free', tags: [], at: at(`2026-02-0${1 + (minute % 9)}T10:${String(minute++ % 60).padStart(2, '0')}:00Z`), ...extra });

describe('the entry count (kept by triggers, migration 0030)', () => {
  it('stays right through writing, editing, the trash and back, and emptying the trash', () => {
    const db = openJournal(tempDir());
    expectCount(db, 0);
    const ids = Array.from({ length: 6 }, (_, i) => write(db, `entry ${i}`).id);
    const session = addSession(db, 'active-listening', '2026-02-03');
    write(db, 'a reflection', { kind: 'reflection', sessionId: session });
    expectCount(db, 7);

    updateEntry(db, ids[0]!, { body: 'edited' }, Date.UTC(2026, 2, 1));
    expectCount(db, 7);
    trashEntry(db, ids[0]!, Date.UTC(2026, 2, 1));
    trashEntry(db, ids[1]!, Date.UTC(2026, 2, 1));
    trashEntry(db, ids[2]!, Date.UTC(2026, 2, 1));
    expectCount(db, 4);
    // Trashing an entry already in the trash is refused and changes nothing.
    expect(() => trashEntry(db, ids[0]!, Date.UTC(2026, 2, 2))).toThrow();
    expectCount(db, 4);
    restoreEntry(db, ids[1]!);
    expectCount(db, 5);
    expect(emptyTrash(db)).toEqual({ removed: 2 });
    expectCount(db, 5);
    // A deleted session leaves its reflections in place (and counted).
    db.prepare('DELETE FROM sessions WHERE id = ?').run(session);
    expectCount(db, 5);
    // A failed transaction leaves the count as it was.
    expect(() =>
      db.transaction(() => {
        write(db, 'never kept');
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expectCount(db, 5);
  });

  it('starts from the entries already there when an older journal is migrated', () => {
    const db = openEncrypted(join(tempDir(), 'journal.db'), { key: Buffer.alloc(32, 3) });
    migrate(db, MIGRATIONS.filter((m) => m.version < 30));
    const insert = db.prepare(
      `INSERT INTO entries (id, uid, author, kind, body, created_at, updated_at, day, deleted_at) VALUES (?, ?, 'a', 'free', 'x', ?, ?, '2026-01-01', ?)`,
    );
    for (let i = 0; i < 40; i++) insert.run((1_700_000_000_000 + i) * 1000, `old-${i}`, 1_700_000_000_000 + i, 1_700_000_000_000 + i, i % 4 === 0 ? 1 : null);
    migrate(db);
    expectCount(db, 30);
    write(db, 'after the upgrade');
    expectCount(db, 31);
  });

  it('is right in a journal restored from a backup, in both restore modes', async () => {
    const dir = tempDir();
    const open = async (name: string) => (await openTestJournal(join(dir, name))).hearth;
    const source = await open('source');
    const ids = Array.from({ length: 25 }, (_, i) => write(source.db(), `kept ${i}`).id);
    for (const id of ids.slice(0, 7)) trashEntry(source.db(), id, Date.UTC(2026, 2, 1));
    expectCount(source.db(), 18);
    const file = join(dir, 'us.age');
    const fast = { runner: inlineRunner, workFactor: 2 };
    await exportBackup(source, file, 'a long enough passphrase', fast);

    // Replace: the old journal had a different count; the restored one has the backup's.
    const replaced = await open('replaced');
    for (let i = 0; i < 3; i++) write(replaced.db(), `about to be replaced ${i}`);
    await restoreBackup(replaced, file, 'a long enough passphrase', { mode: 'replace' }, fast);
    expectCount(replaced.db(), 18);
    const empty = await open('empty');
    await restoreBackup(empty, file, 'a long enough passphrase', { mode: 'into-empty' }, fast);
    expectCount(empty.db(), 18);
    // And it keeps counting afterwards, across a lock and unlock.
    empty.lock();
    await empty.unlock();
    write(empty.db(), 'the first entry after the restore');
    restoreEntry(empty.db(), ids[0]!);
    expectCount(empty.db(), 20);
  });
});
