import type { Progress } from '../../../shared/ipc/contract';
import type { Hearth } from '../hearth';
import type { HandlerMap } from '../ipc/handlers';
import { exportBackup } from './export';
import type { BackupOptions } from './options';
import { inspectBackup, restoreBackup } from './restore';
import { deleteSafetyCopy, listSafetyCopies } from './safety-copies';

type BackupChannel = 'backup.export' | 'backup.inspect' | 'backup.restore' | 'backup.safetyCopies.list' | 'backup.safetyCopies.delete';

export interface BackupHandlerOptions extends Omit<BackupOptions, 'onProgress'> {
  /** Receives progress of export, inspect and restore; the IPC layer forwards it on the progress event. */
  onProgress?: ((progress: Progress) => void) | undefined;
}

/**
 * The backup channels. Only one backup task runs at a time, so the channel name is the
 * progress event's task id.
 */
export const backupHandlers = (hearth: Hearth, options: BackupHandlerOptions = {}): HandlerMap<BackupChannel> => {
  const { onProgress, ...rest } = options;
  const withProgress = (taskId: BackupChannel): BackupOptions => ({
    ...rest,
    onProgress: onProgress && ((phase, done, total) => onProgress({ taskId, phase, done, total })),
  });
  return {
    'backup.export': ({ path, passphrase }) => exportBackup(hearth, path, passphrase, withProgress('backup.export')),
    'backup.inspect': ({ path, passphrase }) => {
      // Only for an open journal: what a backup holds is journal content too.
      hearth.db();
      return inspectBackup(path, passphrase, withProgress('backup.inspect'));
    },
    'backup.restore': ({ path, passphrase, mode }) => restoreBackup(hearth, path, passphrase, { mode }, withProgress('backup.restore')),
    'backup.safetyCopies.list': () => listSafetyCopies(hearth),
    'backup.safetyCopies.delete': ({ id }) => deleteSafetyCopy(hearth, id),
  };
};
