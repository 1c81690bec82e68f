import { parentPort, workerData } from 'node:worker_threads';
import { runBenchTask, type BenchTask } from './tasks';

/** The worker for engines (b) and (c): one task from workerData, then done or failed (Hearth's protocol). */
const port = parentPort;
if (!port) throw new Error('bench backup worker must run in a worker thread');
runBenchTask(workerData as BenchTask).then(
  (value) => port.postMessage({ type: 'done', value }),
  (error: unknown) => port.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
);
