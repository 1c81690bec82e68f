import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { HearthError } from '../errors';
import { backupError } from './errors';
import { runTask, type BackupTask, type OnProgress, type TaskResult, type WorkerMessage } from './tasks';

/**
 * Starts the backup worker with the given options (workerData carries the task). The
 * Electron build passes electron-vite's `import start from './worker?nodeWorker'`, which
 * has exactly this shape; plain Node uses startWorkerFromSource.
 */
export type StartWorker = (options: WorkerOptions) => Worker;

/** Runs one task somewhere and reports its progress: in a worker thread, or in this thread. */
export type TaskRunner = <T extends BackupTask>(task: T, onProgress: OnProgress) => Promise<TaskResult<T>>;

// A variable, not a literal: bundlers rewrite `new URL('./x', import.meta.url)` as an asset.
const besideThisFile = (name: string) => new URL(name, import.meta.url);

/**
 * The worker from this source tree: a compiled worker.js beside this file when there is
 * one, else worker.ts through tsx (tests and scripts run the TypeScript sources).
 */
export const startWorkerFromSource: StartWorker = (options) => {
  const compiled = besideThisFile('./worker.js');
  if (existsSync(fileURLToPath(compiled))) return new Worker(compiled, options);
  const source = besideThisFile('./worker.ts').href;
  // tsx's module hooks registered in the worker's own thread, then the TypeScript entry.
  const api = createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs');
  const boot = `import(${JSON.stringify(pathToFileURL(api).href)}).then(({ register }) => { register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(boot, { execArgv: [], ...options, eval: true });
};

/**
 * In the Electron build, electron-vite bundles worker.ts as its own chunk and hands back a
 * starter (`?nodeWorker`); everywhere else (tests, scripts: no bundler) the source tree is used.
 */
async function defaultStartWorker(): Promise<StartWorker> {
  // Vite replaces import.meta.env at build time; without a bundler it is undefined.
  if ((import.meta as { env?: { PROD?: boolean } }).env?.PROD) return (await import('./worker?nodeWorker')).default;
  return startWorkerFromSource;
}

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
