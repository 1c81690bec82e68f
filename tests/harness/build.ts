import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const RENDERER_DIR = join(REPO_ROOT, 'out/renderer');

/** Builds the app when there is no renderer to serve. Build output goes to stderr: stdout is for HARNESS_URL. */
export function ensureRendererBuilt(log: (line: string) => void): void {
  if (existsSync(join(RENDERER_DIR, 'index.html'))) return;
  log('no built renderer; running electron-vite build');
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 2, 2] });
  if (build.status !== 0 || !existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`electron-vite build failed (exit ${build.status ?? build.signal})`);
  }
}
