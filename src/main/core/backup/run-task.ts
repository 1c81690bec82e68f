import type { Worker } from 'node:worker_threads';
import { HearthError } from '../errors';
import { builtOrSource, startWorkerFromSource as fromSource, type StartWorker } from '../threads/start-worker';
import { backupError } from './errors';
import { runTask, type BackupTask, type OnProgress, type TaskResult, type WorkerMessage } from './tasks';

export type { StartWorker };

/** Runs one task somewhere and reports its progress: in a worker thread, or in this thread. */
export type TaskRunner = <T extends BackupTask>(task: T, onProgress: OnProgress) => Promise<TaskResult<T>>;

/** The backup worker from this source tree (compiled worker.js, or worker.ts through tsx). */
export const startWorkerFromSource: StartWorker = fromSource(import.meta.url, 'worker');

/**
 * In the Electron build, electron-vite bundles worker.ts as its own chunk and hands back a
 * starter (`?nodeWorker`); everywhere else (tests, scripts: no bundler) the source tree is used.
 */
const defaultStartWorker = () => builtOrSource(() => import('./worker?nodeWorker'), startWorkerFromSource);

const helperFailed = (cause?: unknown) => backupError.helperFailed(cause);

const safely = (onProgress: OnProgress): OnProgress => (phase, done, total) => {
  try {
    onProgress(phase, done, total);
  } catch {
    // A progress listener's failure must not stop the backup itself.
  }
};

/** Each task in a fresh worker thread, so JSON, encryption, scrypt and SQLite writes never stall main. */
export function workerRunner(startWith?: StartWorker): TaskRunner {
  return async <T extends BackupTask>(task: T, onProgress: OnProgress) => {
    let worker: Worker;
    try {
      worker = (startWith ?? (await defaultStartWorker()))({ workerData: task });
    } catch (cause) {
      throw helperFailed(cause);
    }
    return new Promise<TaskResult<T>>((resolve, reject) => {
      const report = safely(onProgress);
      let settled = false;
      const settle = (finish: () => void) => {
        if (settled) return;
        settled = true;
        finish();
      };
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') report(message.phase, message.done, message.total);
        else if (message.type === 'done') settle(() => resolve(message.value as TaskResult<T>));
        else settle(() => reject(message.message ? new HearthError(message.code, message.message) : helperFailed(message.errorName)));
      });
      worker.once('error', (cause) => settle(() => reject(helperFailed(cause))));
      worker.once('exit', () => settle(() => reject(helperFailed())));
    });
  };
}

/** The same tasks in this thread: for tests about the data, where the thread does not matter. */
export const inlineRunner: TaskRunner = (task, onProgress) => runTask(task, safely(onProgress));
