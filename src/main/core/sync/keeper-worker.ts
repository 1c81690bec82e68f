import { parentPort, workerData } from 'node:worker_threads';
import { DocKeeper, type KeeperRequest } from './keeper';

/**
 * The sync document's own thread (keeper.ts). It holds the merged document in memory while
 * the journal is open and answers one request at a time; it never touches the journal or the
 * folder. A failure answers with the error's name only: never a message, which could quote
 * journal text.
 */
const port = parentPort;
if (!port) throw new Error('the sync keeper must run in a worker thread');
const keeper = new DocKeeper((workerData as { device: string }).device);

port.on('message', ({ id, request }: { id: number; request: KeeperRequest }) => {
  try {
    // Copied, never transferred: a saved document may be a view into Automerge's own memory.
    port.postMessage({ id, value: keeper.handle(request) });
  } catch (error) {
    port.postMessage({ id, failed: error instanceof Error ? error.name : typeof error });
  }
});
