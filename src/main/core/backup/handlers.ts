import type { Progress } from '../../../shared/ipc/contract';
import type { Hearth } from '../hearth';
import type { CoreChannelsOf, HandlerMap } from '../ipc/handlers';
import type { backupContract } from '../../../shared/ipc/features/backup';
import { basename } from 'node:path';
import { exportBackup } from './export';
import { backupFileTokens, type BackupFileTokens } from './file-tokens';
import type { BackupOptions } from './options';
import { inspectBackup, restoreBackup } from './restore';
import { deleteSafetyCopy, listSafetyCopies } from './safety-copies';

type BackupChannel = CoreChannelsOf<typeof backupContract>;

export interface BackupHandlerOptions extends Omit<BackupOptions, 'onProgress'> {
  /** Receives progress of export, inspect and restore; the IPC layer forwards it on the progress event. */
  onProgress?: ((progress: Progress) => void) | undefined;
  /** Where the files picked in dialogs are kept behind tokens; the process's own store unless a test passes one. */
  files?: BackupFileTokens | undefined;
}

/**
 * The backup channels. Only one backup task runs at a time, so the channel name is the
 * progress event's task id.
 */
export const backupHandlers = (hearth: Hearth, options: BackupHandlerOptions = {}): HandlerMap<BackupChannel> => {
  const { onProgress, files = backupFileTokens, ...rest } = options;
  const withProgress = (taskId: BackupChannel): BackupOptions => ({
    ...rest,
    onProgress: onProgress && ((phase, done, total) => onProgress({ taskId, phase, done, total })),
  });
  return {
    // The page sends the token a file dialog gave it, never a path (file-tokens.ts).
    'backup.export': async ({ token, passphrase }) => {
      hearth.db();
      const { path, ...written } = await files.spend(token, 'save', (path) => exportBackup(hearth, path, passphrase, withProgress('backup.export')));
      return { fileName: basename(path), ...written };
    },
    'backup.inspect': ({ token, passphrase }) => {
      // Only for an open journal: what a backup holds is journal content too.
      hearth.db();
      return files.peek(token, 'open', (path) => inspectBackup(path, passphrase, withProgress('backup.inspect')));
    },
    'backup.restore': ({ token, passphrase, mode }) => {
      hearth.db();
      return files.spend(token, 'open', (path) => restoreBackup(hearth, path, passphrase, { mode }, withProgress('backup.restore')));
    },
    'backup.safetyCopies.list': () => listSafetyCopies(hearth),
    'backup.safetyCopies.delete': ({ id }) => deleteSafetyCopy(hearth, id),
  };
};
