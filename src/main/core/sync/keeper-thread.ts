import type { Worker } from 'node:worker_threads';
import { builtOrSource, startWorkerFromSource, type StartWorker } from '../threads/start-worker';
import { KeeperClosed, type KeeperAnswers, type KeeperPort, type KeeperRequest } from './keeper';

/** The keeper's worker from this source tree (compiled keeper-worker.js, or the .ts through tsx). */
const fromSource: StartWorker = startWorkerFromSource(import.meta.url, 'keeper-worker');

/** In the Electron build electron-vite bundles the worker and hands back a starter (`?nodeWorker`). */
const defaultStart = () => builtOrSource(() => import('./keeper-worker?nodeWorker'), fromSource);

/** Failed in the keeper's thread: only the error's name crosses, never a message. */
export class KeeperFailed extends Error {
  constructor(what: string) {
    super(`the sync document could not do that (${what})`);
    this.name = 'KeeperFailed';
  }
}

/**
 * The keeper in a worker thread of its own, started at once and kept while the journal is
 * open: the main thread only sends rows and files and gets rows back. The thread holds the
 * process open only while it is answering something.
 */
export function workerKeeper(device: string, start?: StartWorker): KeeperPort {
  const pending = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let dead: Error | null = null;
  const failAll = (error: Error) => {
    dead ??= error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  const worker: Promise<Worker | null> = (start ? Promise.resolve(start) : defaultStart())
    .then((starter) => {
      if (dead) return null;
      const w = starter({ workerData: { device } });
      w.unref();
      w.on('message', (message: { id: number; value?: unknown; failed?: string }) => {
        const waiting = pending.get(message.id);
        if (!waiting) return;
        pending.delete(message.id);
        if (pending.size === 0) w.unref();
        if (message.failed !== undefined) waiting.reject(new KeeperFailed(message.failed));
        else waiting.resolve(message.value as never);
      });
      w.once('error', () => failAll(new KeeperFailed('the thread stopped')));
      w.once('exit', () => failAll(new KeeperClosed()));
      return w;
    })
    .catch(() => {
      failAll(new KeeperFailed('the thread did not start'));
      return null;
    });

  return {
    async request<R extends KeeperRequest>(request: R): Promise<KeeperAnswers[R['op']]> {
      const w = await worker;
      if (dead || !w) throw dead ?? new KeeperClosed();
      const id = nextId++;
      return new Promise<KeeperAnswers[R['op']]>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: never) => void, reject });
        w.ref();
        w.postMessage({ id, request });
      });
    },
    close() {
      failAll(new KeeperClosed());
      void worker.then((w) => w?.terminate());
    },
    alive: () => dead === null,
  };
}
