// electron-vite's `?nodeWorker` import (see run-task.ts), declared as electron-vite's own
// node.d.ts does, without pulling in the rest of its ambient types.
declare module '*?nodeWorker' {
  import type { Worker, WorkerOptions } from 'node:worker_threads';
  export default function (options: WorkerOptions): Worker;
}
