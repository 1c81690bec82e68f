import type { ChosenPath } from '../../src/shared/ipc/features/backup-dialogs';
import { HearthError, type AppHandlerTable } from '../../src/main/core';
import { backupFileTokens, type BackupFileTokens } from '../../src/main/core/backup/file-tokens';
import { syncFolderTokens, type FolderTokens } from '../../src/main/core/sync';

/**
 * The answers the harness's stand-in file dialogs give, in order. The browser has no native
 * dialog, so a test says beforehand what the person "picks": it POSTs
 *   /__hearth/test/next-path   (header x-hearth-token: <the harness token>)
 *   body {"path": "/abs/file.age"}  or  {"cancelled": true}
 * (tests/e2e/support/backup.ts: nextDialogAnswer), or calls Harness.queueDialogAnswer
 * in-process. Each backup.chooseExportPath or backup.chooseBackupFile takes the oldest
 * answer; with none queued, the dialog counts as closed: {cancelled: true}. As in the app, a
 * picked path stays on this side behind a token (src/main/core/backup/file-tokens.ts); the
 * page gets the token and the file's name only.
 */
export interface DialogAnswers {
  push(answer: ChosenPath): void;
  next(): ChosenPath;
}

export function createDialogAnswers(): DialogAnswers {
  const queue: ChosenPath[] = [];
  return {
    push: (answer) => void queue.push(answer),
    next: () => queue.shift() ?? { cancelled: true },
  };
}

/**
 * The harness's answer to the channels main/app serves in Electron. Printing needs
 * Electron (a hidden print window, the system print dialog, a native save dialog), so
 * here they fail with a code and a sentence instead of pretending. The e2e tests make
 * the PDF themselves, with Playwright's page.pdf() on the same print entry
 * (src/renderer/print.html) and the same PDF settings main uses. The backup file dialogs
 * answer from `dialogs` (above). The sync folder dialog always "picks" `syncDir` (the CLI's
 * --sync-dir; two harnesses given the same one are two computers sharing a folder), behind a
 * token in the same store core's sync handlers read; with no syncDir it counts as closed.
 */
export function harnessAppHandlers(
  dialogs: DialogAnswers = createDialogAnswers(),
  files: BackupFileTokens = backupFileTokens,
  sync: { syncDir?: string; folders?: FolderTokens } = {},
): AppHandlerTable {
  const folders = sync.folders ?? syncFolderTokens;
  const unavailable = (): never => {
    throw new HearthError(
      'PRINT_UNAVAILABLE',
      'Printing needs the Hearth app: it is not available in the browser test harness.',
    );
  };
  return {
    'sheet.print': unavailable,
    'sheet.savePdf': unavailable,
    'backup.chooseExportPath': () => {
      const answer = dialogs.next();
      return 'cancelled' in answer ? answer : files.issue('save', answer.path);
    },
    'backup.chooseBackupFile': () => {
      const answer = dialogs.next();
      return 'cancelled' in answer ? answer : files.issue('open', answer.path);
    },
    'sync.chooseFolder': () => (sync.syncDir ? folders.issue(sync.syncDir) : { cancelled: true as const }),
  };
}
