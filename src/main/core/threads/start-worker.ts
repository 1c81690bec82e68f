import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread. The Electron build passes electron-vite's `import start from
 * './x?nodeWorker'`, which has exactly this shape; plain Node uses startWorkerFromSource.
 */
export type StartWorker = (options: WorkerOptions) => Worker;

/**
 * A worker from this source tree: `<name>.js` beside `base` when it is compiled, else
 * `<name>.ts` through tsx (tests and scripts run the TypeScript sources), with tsx's module
 * hooks registered in the worker's own thread first.
 */
export function startWorkerFromSource(base: string, name: string): StartWorker {
  return (options) => {
    // Variables, not literals: bundlers rewrite `new URL('./x', import.meta.url)` as an asset.
    const compiled = new URL(`./${name}.js`, base);
    if (existsSync(fileURLToPath(compiled))) return new Worker(compiled, options);
    const source = new URL(`./${name}.ts`, base).href;
    const api = createRequire(base).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs');
    const boot = `import(${JSON.stringify(pathToFileURL(api).href)}).then(({ register }) => { register(); return import(${JSON.stringify(source)}); })`;
    return new Worker(boot, { execArgv: [], ...options, eval: true });
  };
}

/**
 * The starter to use: in the Electron build (Vite sets import.meta.env.PROD) the chunk
 * electron-vite emitted for `?nodeWorker`, loaded by `built`; everywhere else (tests and
 * scripts: no bundler, where that import cannot resolve) `fromSource`.
 */
export async function builtOrSource(built: () => Promise<{ default: StartWorker }>, fromSource: StartWorker): Promise<StartWorker> {
  // Vite replaces import.meta.env at build time; without a bundler it is undefined.
  if ((import.meta as { env?: { PROD?: boolean } }).env?.PROD) return (await built()).default;
  return fromSource;
}
