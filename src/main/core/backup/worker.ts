import { parentPort, workerData } from 'node:worker_threads';
import { HearthError } from '../errors';
import { runTask, type BackupTask, type WorkerMessage } from './tasks';

/**
 * The backup worker's entry point: runs one task from workerData and reports progress,
 * then the result or a named error (code and sentence only; never a stack or journal text).
 */
const port = parentPort;
if (!port) throw new Error('backup worker must run in a worker thread');
const send = (message: WorkerMessage) => port.postMessage(message);

runTask(workerData as BackupTask, (phase, done, total) => send({ type: 'progress', phase, done, total })).then(
  (value) => send({ type: 'done', value }),
  (error: unknown) =>
    send(
      error instanceof HearthError
        ? { type: 'failed', code: error.code, message: error.message }
        : { type: 'failed', code: 'INTERNAL', errorName: error instanceof Error ? error.name : typeof error },
    ),
);
