import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { StartWorker } from '../../src/main/core/backup/run-task';
import { startWorkerFromSource } from '../../src/main/core/backup/run-task';
import type { BenchTask } from './tasks';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Inside the repository (so node_modules resolves) and under the gitignored results folder. */
const BUILD_DIR = join(root, 'bench', 'results', '.build');

export interface Workers {
  /** Starts Hearth's own backup worker (src/main/core/backup/worker.ts). */
  startCore: StartWorker;
  /** Starts the worker for engines (b) and (c). */
  startBench: StartWorker;
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
    };
    await build({
      entryPoints: entries,
      outdir: BUILD_DIR,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['better-sqlite3-multiple-ciphers'],
      logLevel: 'silent',
      // Some dependencies are CommonJS and call require(); give the ESM bundle one.
      banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
    });
    const start = (name: string): StartWorker => (options: WorkerOptions) => new Worker(join(BUILD_DIR, `${name}.mjs`), options);
    return { startCore: start('core-backup-worker'), startBench: start('bench-backup-worker'), mode: 'bundled' };
  } catch {
    const benchSource = new URL('./worker.ts', import.meta.url).href;
    const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
    const startBench: StartWorker = (options) => {
      const boot = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(benchSource)}); })`;
      return new Worker(boot, { execArgv: [], ...options, eval: true });
    };
    return { startCore: startWorkerFromSource, startBench, mode: 'tsx' };
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
