import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { ChosenFile } from '../../shared/ipc/features/backup-dialogs';
import type { AppHandlerTable } from '../core';
import { backupFileTokens, type BackupFileTokens } from '../core/backup/file-tokens';

export type BackupDialogChannel = 'backup.chooseExportPath' | 'backup.chooseBackupFile';

export interface BackupDialogsDeps {
  /** The journal window: the dialogs belong to it. */
  parentWindow: () => BrowserWindow | null;
  /** The folder the dialogs start in. */
  documentsDir?: () => string;
  /** Today, for the default file name (local time). */
  now?: () => Date;
  /** Where a picked path is kept behind a token; the process's store, which the core backup handlers read. */
  files?: BackupFileTokens;
}

const BACKUP_FILTERS = [{ name: 'Hearth backup', extensions: ['age'] }];
const CANCELLED: ChosenFile = { cancelled: true };

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** hearth-backup-YYYY-MM-DD.age, dated by the computer's own calendar (not UTC). */
export function backupFileName(today: Date): string {
  return `hearth-backup-${today.getFullYear()}-${twoDigits(today.getMonth() + 1)}-${twoDigits(today.getDate())}.age`;
}

export function exportDialogOptions(today: Date, documentsDir: string | null): SaveDialogOptions {
  const name = backupFileName(today);
  return {
    title: 'Save the Hearth backup',
    defaultPath: documentsDir ? join(documentsDir, name) : name,
    buttonLabel: 'Save backup',
    filters: BACKUP_FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

export function backupFileDialogOptions(documentsDir: string | null): OpenDialogOptions {
  return {
    title: 'Choose a Hearth backup',
    ...(documentsDir ? { defaultPath: documentsDir } : {}),
    buttonLabel: 'Choose backup',
    filters: BACKUP_FILTERS,
    properties: ['openFile'],
  };
}

/**
 * A name typed without an extension gets .age (some save dialogs do not add it), unless a
 * file of that name is already there: the dialog did not ask about overwriting that one, so
 * the path goes on unchanged and core refuses it with its sentence.
 */
export function withBackupExtension(path: string, exists: (path: string) => boolean = existsSync): string {
  if (extname(path) !== '') return path;
  const named = `${path}.age`;
  return exists(named) ? path : named;
}

/**
 * The native dialogs of backup and restore (DESIGN.md §3). They only pick a file, and keep
 * its path in main behind a one-time token; the page gets the token and the file's name.
 * Writing and reading the backup there are core handlers (backup.export, backup.inspect,
 * backup.restore), which take the token and check the path again.
 */
export function createBackupDialogs(deps: BackupDialogsDeps): Pick<AppHandlerTable, BackupDialogChannel> {
  const documentsDir = () => {
    try {
      return (deps.documentsDir ?? (() => app.getPath('documents')))();
    } catch {
      return null; // no Documents folder: the dialog starts where the system likes
    }
  };
  const now = deps.now ?? (() => new Date());
  const files = deps.files ?? backupFileTokens;

  return {
    'backup.chooseExportPath': async () => {
      const options = exportDialogOptions(now(), documentsDir());
      const parent = deps.parentWindow();
      const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return CANCELLED;
      return files.issue('save', withBackupExtension(choice.filePath));
    },

    'backup.chooseBackupFile': async () => {
      const options = backupFileDialogOptions(documentsDir());
      const parent = deps.parentWindow();
      const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      const [path] = choice.filePaths;
      if (choice.canceled || !path) return CANCELLED;
      return files.issue('open', path);
    },
  };
}
