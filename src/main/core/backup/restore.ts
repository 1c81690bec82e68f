import { rmSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { BackupSummary, RestoreMode, SafetyCopy } from '../../../shared/ipc/features/backup';
import type { ReadableDB } from '../db/connection';
import { DATABASE_FILE, type Hearth } from '../hearth';
import { asBackupError, backupError } from './errors';
import { exclusively, progressOf, runnerFor, type BackupOptions } from './options';
import { flushFolder } from './flush';
import { describeSafetyCopy, linkSafetyCopy, SAFETY_DIR, stagingPathFor, swapInRestoredJournal } from './safety-copies';
import { databaseFiles } from './tasks';
import { discardStagedPrivatePages, installStagedPrivatePages } from '../private/backup-blobs';

export interface RestoreResult {
  summary: BackupSummary;
  /** The journal as it was just before the restore. */
  safetyCopy: SafetyCopy;
}

function checkBackupFile(file: string): void {
  if (!isAbsolute(file)) throw backupError.pathInvalid('Choose the backup file with a full path.');
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) throw backupError.unreadable();
}

/** Whether anything was written yet: entries (the trash too), check-ins or sessions. */
function hasJournalContent(db: ReadableDB): boolean {
  const { n } = db
    .prepare('SELECT (SELECT count(*) FROM entries) + (SELECT count(*) FROM check_ins) + (SELECT count(*) FROM sessions) AS n')
    .get() as { n: number };
  return n > 0;
}

/** Decrypts and checks a backup, and says what is in it. Changes nothing anywhere. */
export async function inspectBackup(file: string, passphrase: string, options: BackupOptions = {}): Promise<BackupSummary> {
  checkBackupFile(file);
  return runnerFor(options)({ kind: 'inspect', file, passphrase }, progressOf(options));
}

/**
 * Restores a backup into the open journal. The file is decrypted and read as a stream:
 * each record is validated by the app's own rules and written into a new journal beside
 * the current one (never the whole document in memory), which is then checked against the
 * file (SQLite's own checks, and a fingerprint of every row); only then is it swapped in
 * (one rename), and the old journal kept as a safety copy. Any failure before the swap
 * leaves the journal exactly as it was.
 */
export async function restoreBackup(
  hearth: Hearth,
  file: string,
  passphrase: string,
  { mode }: { mode: RestoreMode },
  options: BackupOptions = {},
): Promise<RestoreResult> {
  hearth.db();
  checkBackupFile(file);
  return exclusively(hearth, async () => {
    if (mode === 'into-empty' && hasJournalContent(hearth.db())) throw backupError.notEmpty();
    const stagingPath = stagingPathFor(hearth.dataDir);
    try {
      const summary = await hearth.withDatabaseKey(({ databasePath, dek, nativeBinding }) =>
        runnerFor(options)({ kind: 'build', file, passphrase, stagingPath, databasePath, key: dek, nativeBinding }, progressOf(options)),
      );
      options.faults?.('after-build');
      options.faults?.('before-safety-copy');
      const linked = await linkSafetyCopy(join(hearth.dataDir, DATABASE_FILE), hearth.now());
      let id = '';
      try {
        // Synchronous from the check to the reopen: no other request can write in between.
        if (mode === 'into-empty' && hasJournalContent(hearth.db())) throw backupError.notEmpty();
        hearth.replaceDatabase((databasePath) => {
          const swapped = swapInRestoredJournal(databasePath, stagingPath, linked, hearth.now(), options.faults);
          id = swapped.id;
          return swapped.undo;
        });
        // The journal's swap locked every private page; the backup's pages take their places now.
        installStagedPrivatePages(hearth.dataDir, stagingPath, hearth.now());
      } catch (error) {
        if (linked && id === '') rmSync(join(hearth.dataDir, SAFETY_DIR, linked), { force: true });
        throw error;
      }
      // The rename is in place; make it durable before saying the restore is done.
      await flushFolder(hearth.dataDir);
      return { summary, safetyCopy: describeSafetyCopy(hearth, id) };
    } catch (error) {
      throw asBackupError(error, 'restore');
    } finally {
      // Built but not swapped in (or half built by a task that failed): never kept.
      for (const path of databaseFiles(stagingPath)) rmSync(path, { force: true });
      discardStagedPrivatePages(stagingPath);
    }
  });
}
