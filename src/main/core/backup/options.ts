import packageJson from '../../../../package.json' with { type: 'json' };
import type { Hearth } from '../hearth';
import { backupError } from './errors';
import { workerRunner, type StartWorker, type TaskRunner } from './run-task';
import type { SwapFault } from './safety-copies';
import type { OnProgress } from './tasks';

/** Named points where tests crash a backup or restore on purpose. */
export type BackupFault = 'before-rename' | 'after-build' | SwapFault;

/** What export and restore take besides their inputs: their collaborators, as parameters. */
export interface BackupOptions {
  /** Progress of the heavy work: (phase, done, total). */
  onProgress?: OnProgress | undefined;
  /** Where the heavy work runs; a worker thread unless a test says otherwise. */
  runner?: TaskRunner | undefined;
  /** How to start that worker (Electron passes electron-vite's `?nodeWorker` import). */
  startWorker?: StartWorker | undefined;
  /** log2 of scrypt's N for new backups; tests lower it, nothing else should. */
  workFactor?: number | undefined;
  appVersion?: string | undefined;
  faults?: ((point: BackupFault) => void) | undefined;
}

export const APP_VERSION: string = packageJson.version;

export const runnerFor = (options: BackupOptions): TaskRunner => options.runner ?? workerRunner(options.startWorker);

export const progressOf = (options: BackupOptions): OnProgress => options.onProgress ?? (() => {});

const busy = new WeakSet<Hearth>();

/** One backup or restore at a time per journal: two at once could swap a file under the other. */
export async function exclusively<T>(hearth: Hearth, work: () => Promise<T>): Promise<T> {
  if (busy.has(hearth)) throw backupError.busy();
  busy.add(hearth);
  try {
    return await work();
  } finally {
    busy.delete(hearth);
  }
}
