import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  deleteSafetyCopy,
  exportBackup,
  inlineRunner,
  listSafetyCopies,
  restoreBackup,
  SAFETY_DIR,
  type BackupFault,
} from '../../../../../src/main/core/backup';
import { swapInRestoredJournal } from '../../../../../src/main/core/backup/safety-copies';
import { openEncrypted } from '../../../../../src/main/core/db/connection';
import { createHandlers } from '../../../../../src/main/core/handlers';
import { useTempDirs } from '../../../../support/temp-dir';
import { dumpJournal, hearthAt, newJournal, sampleJournal, seed } from './support/journal';

const tempDir = useTempDirs();
const PASSPHRASE = 'restore me gently';
const FAST = { runner: inlineRunner, workFactor: 2 };
const CLOCK = Date.UTC(2026, 10, 25, 18, 30, 5, 123);

async function twoJournals() {
  const dir = tempDir();
  const hearth = await newJournal(join(dir, 'mine'), ['Ada', 'Bo'], { clock: () => CLOCK });
  seed(hearth.db(), sampleJournal('mine'));
  const other = await newJournal(join(dir, 'other'));
  seed(other.db(), sampleJournal('theirs'));
  const file = join(dir, 'theirs.age');
  await exportBackup(other, file, PASSPHRASE, FAST);
  return { dir, hearth, other, file };
}

describe('restoring a backup', () => {
  it('replace: the journal becomes the backup, and the old one is kept as a listed safety copy', async () => {
    const { hearth, other, file } = await twoJournals();
    const mine = dumpJournal(hearth.db());
    const result = await restoreBackup(hearth, file, PASSPHRASE, { mode: 'replace' }, FAST);
    expect(result.summary).toMatchObject({ entries: 2, inTrash: 1, checkIns: 2, sessions: 1, partners: [{ name: 'Léa' }, { name: 'Sam 🌿' }] });
    expect(dumpJournal(hearth.db())).toEqual(dumpJournal(other.db()));
    expect(result.safetyCopy).toEqual({ id: 'journal-before-restore-2026-11-25T18-30-05-123Z.db', createdAt: CLOCK, sizeBytes: expect.any(Number) });
    expect(listSafetyCopies(hearth)).toEqual([result.safetyCopy]);

    // The safety copy is the old journal, whole, and opens with the same key.
    await hearth.withDatabaseKey(async ({ dek }) => {
      const copy = openEncrypted(join(hearth.dataDir, SAFETY_DIR, result.safetyCopy.id), { key: dek, readonly: true });
      expect(dumpJournal(copy as never)).toEqual(mine);
      copy.close();
    });
    // No leftovers of the work beside the journal.
    expect(readdirSync(hearth.dataDir).sort()).toEqual(['journal.db', 'journal.db-shm', 'journal.db-wal', SAFETY_DIR, 'vault.json'].sort());
  });

  it('the restored journal is a working journal: search, new entries, and it survives lock and unlock', async () => {
    const { hearth, file } = await twoJournals();
    await restoreBackup(hearth, file, PASSPHRASE, { mode: 'replace' }, FAST);
    const handlers = createHandlers(hearth);
    const hits = await handlers['entries.search']({ query: 'heard', limit: 10 });
    expect(hits.hits.map((h) => h.entry.id)).toEqual(['e-2']);
    await handlers['entries.create']({ author: 'a', body: 'written after the restore' });
    const before = dumpJournal(hearth.db());
    hearth.lock();
    const again = hearthAt(hearth.dataDir);
    await again.unlock();
    expect(dumpJournal(again.db())).toEqual(before);
  });

  it('into-empty works on a fresh journal and refuses one with any entry (even in the trash), check-in or session', async () => {
    const { dir, file } = await twoJournals();
    const fresh = await newJournal(join(dir, 'fresh'));
    await restoreBackup(fresh, file, PASSPHRASE, { mode: 'into-empty' }, FAST);
    expect(dumpJournal(fresh.db()).entries).toHaveLength(3);

    const sample = sampleJournal('x');
    const nonEmpty = {
      'a trashed entry': { ...sample, sessions: [], checkIns: [], entries: [{ ...sample.entries[2]!, sessionId: null }] },
      'a check-in': { ...sample, sessions: [], entries: [], checkIns: sample.checkIns.slice(0, 1) },
      'a session': { ...sample, entries: [], checkIns: [] },
    };
    for (const [name, content] of Object.entries(nonEmpty)) {
      const hearth = await newJournal(join(dir, name));
      seed(hearth.db(), content);
      const before = dumpJournal(hearth.db());
      await expect(restoreBackup(hearth, file, PASSPHRASE, { mode: 'into-empty' }, FAST), name).rejects.toMatchObject({
        code: 'JOURNAL_NOT_EMPTY',
      });
      expect(dumpJournal(hearth.db())).toEqual(before);
    }
  });

  it('safety copies can be deleted one by one; ids outside the folder are refused', async () => {
    const { hearth, file } = await twoJournals();
    let now = CLOCK;
    const clocked = hearthAt(hearth.dataDir, { clock: () => now });
    hearth.lock();
    await clocked.unlock();
    const first = await restoreBackup(clocked, file, PASSPHRASE, { mode: 'replace' }, FAST);
    now += 60_000;
    const second = await restoreBackup(clocked, file, PASSPHRASE, { mode: 'replace' }, FAST);
    expect(listSafetyCopies(clocked).map((c) => c.id)).toEqual([second.safetyCopy.id, first.safetyCopy.id]);

    for (const id of ['../vault.json', '../journal.db', 'journal.db', `${first.safetyCopy.id}/..`, 'journal-before-restore-x.db']) {
      expect(() => deleteSafetyCopy(clocked, id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    }
    expect(existsSync(join(clocked.dataDir, 'vault.json'))).toBe(true);
    expect(deleteSafetyCopy(clocked, first.safetyCopy.id)).toEqual([second.safetyCopy]);
    expect(() => deleteSafetyCopy(clocked, first.safetyCopy.id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    clocked.lock();
    expect(() => listSafetyCopies(clocked)).toThrow(expect.objectContaining({ code: 'LOCKED' }));
  });

  it.each<BackupFault>(['after-build', 'before-safety-copy', 'before-swap', 'after-swap'])(
    'a failure at %s leaves the journal exactly as it was, with no stray safety copy',
    async (point) => {
      const { hearth, file } = await twoJournals();
      const before = dumpJournal(hearth.db());
      const faults = (at: BackupFault) => {
        if (at === point) throw new Error(`injected at ${at}`);
      };
      await expect(restoreBackup(hearth, file, PASSPHRASE, { mode: 'replace' }, { ...FAST, faults })).rejects.toMatchObject({ code: 'INTERNAL' });
      expect(hearth.status().state).toBe('open');
      expect(dumpJournal(hearth.db())).toEqual(before);
      expect(listSafetyCopies(hearth)).toEqual([]);
      expect(existsSync(join(hearth.dataDir, 'journal.db.restoring'))).toBe(false);
      // And the next restore goes through.
      await restoreBackup(hearth, file, PASSPHRASE, { mode: 'replace' }, FAST);
      expect(listSafetyCopies(hearth)).toHaveLength(1);
    },
  );

  it('a swapped-in file that will not open is swapped back out', async () => {
    const { hearth, file } = await twoJournals();
    const before = dumpJournal(hearth.db());
    const faults = (at: BackupFault) => {
      // Ruin the new journal just after it took the old one's place.
      if (at === 'after-swap') writeFileSync(join(hearth.dataDir, 'journal.db'), Buffer.alloc(8192, 1));
    };
    await expect(restoreBackup(hearth, file, PASSPHRASE, { mode: 'replace' }, { ...FAST, faults })).rejects.toMatchObject({
      code: expect.stringMatching(/DATABASE_CORRUPT|WRONG_KEY/),
    });
    expect(dumpJournal(hearth.db())).toEqual(before);
    expect(listSafetyCopies(hearth)).toEqual([]);
  });

  it('where hard links are not supported, the swap keeps a flushed copy instead, and can undo it', () => {
    const dir = tempDir();
    mkdirSync(join(dir, SAFETY_DIR));
    writeFileSync(join(dir, 'journal.db'), 'the old journal');
    writeFileSync(join(dir, 'journal.db.restoring'), 'the restored journal');
    const { id, undo } = swapInRestoredJournal(join(dir, 'journal.db'), join(dir, 'journal.db.restoring'), null, CLOCK);
    expect(readFileSync(join(dir, 'journal.db'), 'utf8')).toBe('the restored journal');
    expect(readFileSync(join(dir, SAFETY_DIR, id), 'utf8')).toBe('the old journal');
    expect(statSync(join(dir, SAFETY_DIR, id)).ino).not.toBe(statSync(join(dir, 'journal.db')).ino);
    undo();
    expect(readFileSync(join(dir, 'journal.db'), 'utf8')).toBe('the old journal');
    expect(readdirSync(join(dir, SAFETY_DIR))).toEqual([]);
  });

  it('refuses a second backup task while one runs, and any task while locked', async () => {
    const { hearth, file } = await twoJournals();
    const first = restoreBackup(hearth, file, PASSPHRASE, { mode: 'replace' }, { workFactor: 2 });
    await expect(restoreBackup(hearth, file, PASSPHRASE, { mode: 'replace' }, FAST)).rejects.toMatchObject({ code: 'BACKUP_BUSY' });
    await expect(exportBackup(hearth, join(tempDir(), 'x.age'), PASSPHRASE, FAST)).rejects.toMatchObject({ code: 'BACKUP_BUSY' });
    await first;
    hearth.lock();
    await expect(restoreBackup(hearth, file, PASSPHRASE, { mode: 'replace' }, FAST)).rejects.toMatchObject({ code: 'LOCKED' });
  });
});
