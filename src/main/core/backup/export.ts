import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join } from 'node:path';
import type { BackupSummary } from '../../../shared/ipc/features/backup';
import type { Hearth } from '../hearth';
import { DEFAULT_WORK_FACTOR } from './age-file';
import { asBackupError, backupError } from './errors';
import { flushFolder } from './flush';
import { privatePagesOf } from '../private/handlers';
import { sealedPrivatePages } from '../private/backup-blobs';
import { APP_VERSION, exclusively, progressOf, runnerFor, type BackupOptions } from './options';

export const MIN_BACKUP_PASSPHRASE_LENGTH = 10;

export interface ExportResult {
  path: string;
  sizeBytes: number;
  summary: BackupSummary;
}

/** The path comes from main's save dialog, but it is still checked: absolute, .age, in a folder that exists. */
export function checkExportTarget(target: string): void {
  if (!isAbsolute(target)) throw backupError.pathInvalid('Choose where to save the backup with a full path.');
  if (extname(target).toLowerCase() !== '.age') throw backupError.pathInvalid('A Hearth backup file name ends in .age.');
  const folder = statSync(dirname(target), { throwIfNoEntry: false });
  if (!folder?.isDirectory()) throw backupError.pathInvalid('The folder chosen for the backup does not exist.');
  if (statSync(target, { throwIfNoEntry: false })?.isDirectory()) {
    throw backupError.pathInvalid('There is a folder with that name; choose a file name.');
  }
}

export function checkBackupPassphrase(passphrase: string): void {
  if ([...passphrase].length < MIN_BACKUP_PASSPHRASE_LENGTH) {
    throw backupError.passphraseTooShort(MIN_BACKUP_PASSPHRASE_LENGTH);
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A hidden name that does not end in .age: a half-written backup never looks like a backup. */
const tempNameFor = (target: string) => `.${basename(target)}.${randomBytes(6).toString('hex')}.partial`;

/** Temp files an earlier, killed export left beside this same target. */
async function removeStaleTemps(target: string): Promise<void> {
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(target))}\\.[0-9a-f]{12}\\.partial$`);
  for (const name of await readdir(dirname(target))) {
    if (pattern.test(name)) await rm(join(dirname(target), name), { force: true });
  }
}


/**
 * Writes an encrypted, verified backup of the open journal to `target`. The worker writes
 * a temp file beside it, flushes it, reads it back and checks it; only then is it renamed
 * into place. On any failure the temp file is removed and nothing is left under `target`
 * (an earlier file there stays as it was).
 */
export async function exportBackup(hearth: Hearth, target: string, passphrase: string, options: BackupOptions = {}): Promise<ExportResult> {
  hearth.db();
  checkBackupPassphrase(passphrase);
  checkExportTarget(target);
  return exclusively(hearth, async () => {
    await removeStaleTemps(target);
    const tempPath = join(dirname(target), tempNameFor(target));
    // Private pages go in as their sealed files: locked first, so each file alone is its page.
    privatePagesOf(hearth).lock();
    const privatePages = sealedPrivatePages(hearth.dataDir);
    try {
      const done = await hearth.withDatabaseKey(({ databasePath, dek, nativeBinding }) =>
        runnerFor(options)(
          {
            kind: 'export',
            databasePath,
            key: dek,
            nativeBinding,
            passphrase,
            workFactor: options.workFactor ?? DEFAULT_WORK_FACTOR,
            tempPath,
            meta: { appVersion: options.appVersion ?? APP_VERSION, exportedAt: new Date(hearth.now()).toISOString(), privatePages },
          },
          progressOf(options),
        ),
      );
      options.faults?.('before-rename');
      await rename(tempPath, target);
      await flushFolder(dirname(target));
      return { path: target, sizeBytes: done.sizeBytes, summary: done.summary };
    } catch (error) {
      await rm(tempPath, { force: true });
      throw asBackupError(error, 'export');
    }
  });
}
