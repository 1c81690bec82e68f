import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { StartWorker } from '../../src/main/core/backup/run-task';
import { startWorkerFromSource } from '../../src/main/core/backup/run-task';
import { startWorkerFromSource as fromSourceTree } from '../../src/main/core/threads/start-worker';
import type { BenchTask } from './tasks';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Inside the repository (so node_modules resolves) and under the gitignored results folder. */
const BUILD_DIR = join(root, 'bench', 'results', '.build');
/** The sync keeper through tsx, when esbuild is unavailable. */
const keeperFromSource: StartWorker = fromSourceTree(`${pathToFileURL(join(root, 'src/main/core/sync')).href}/`, 'keeper-worker');

export interface Workers {
  /** Starts Hearth's own backup worker (src/main/core/backup/worker.ts). */
  startCore: StartWorker;
  /** Starts the worker for engines (b) and (c). */
  startBench: StartWorker;
  /** Starts Hearth's sync document keeper (src/main/core/sync/keeper-worker.ts). */
  startKeeper: StartWorker;
  /** How the workers are loaded: 'bundled' (like the app's build) or 'tsx' (transpiled on load). */
  mode: 'bundled' | 'tsx';
}

/**
 * Every worker starts from one pre-bundled ESM file, as in the app's build (electron-vite
 * bundles worker.ts into its own chunk): otherwise each export would also pay for tsx
 * transpiling the TypeScript sources inside a fresh thread. The native SQLite addon stays
 * external. Falls back to tsx when esbuild is unavailable.
 */
export async function prepareWorkers(): Promise<Workers> {
  try {
    const { build } = await import('esbuild');
    mkdirSync(BUILD_DIR, { recursive: true });
    const entries = {
      'core-backup-worker': join(root, 'src/main/core/backup/worker.ts'),
      'bench-backup-worker': join(root, 'bench/backup/worker.ts'),
      'core-sync-keeper': join(root, 'src/main/core/sync/keeper-worker.ts'),
    };
    const built = await build({
      entryPoints: entries,
      outdir: BUILD_DIR,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Native or WebAssembly that finds its files beside itself: loaded from node_modules, as in the app.
      external: ['better-sqlite3-multiple-ciphers', '@automerge/automerge'],
      logLevel: 'silent',
      write: false,
      // Some dependencies are CommonJS and call require(); give the ESM bundle one.
      banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
    });
    // Named by content and put in place by rename, so a bench and a smoke test running at
    // the same time never start a worker from a half-written file.
    const files = new Map<string, string>();
    for (const output of built.outputFiles) {
      const name = basename(output.path, '.mjs');
      const hash = createHash('sha256').update(output.contents).digest('hex').slice(0, 12);
      const path = join(BUILD_DIR, `${name}-${hash}.mjs`);
      if (!existsSync(path)) {
        const temp = `${path}.${process.pid}.tmp`;
        writeFileSync(temp, output.contents);
        renameSync(temp, path);
      }
      files.set(name, path);
    }
    const start = (name: string): StartWorker => {
      const file = files.get(name);
      if (!file) throw new Error(`no bundle for ${name}`);
      return (options: WorkerOptions) => new Worker(file, options);
    };
    return { startCore: start('core-backup-worker'), startBench: start('bench-backup-worker'), startKeeper: start('core-sync-keeper'), mode: 'bundled' };
  } catch {
    return { startCore: startWorkerFromSource, startBench: fromSourceTree(import.meta.url, 'worker'), startKeeper: keeperFromSource, mode: 'tsx' };
  }
}

/** Runs one bench task in a fresh worker thread, as Hearth's workerRunner does. */
export function runInWorker<T>(start: StartWorker, task: BenchTask): Promise<T> {
  const worker = start({ workerData: task });
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const settle = (finish: () => void) => {
      if (!settled) {
        settled = true;
        finish();
      }
    };
    worker.on('message', (message: { type: string; value?: unknown; message?: string }) => {
      if (message.type === 'done') settle(() => resolve(message.value as T));
      else if (message.type === 'failed') settle(() => reject(new Error(`bench worker: ${message.message}`)));
    });
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) => settle(() => reject(new Error(`bench worker exited (${code})`))));
  });
}
