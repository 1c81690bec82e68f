import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../../../..');
/** Where electron-vite puts the main bundle; the app resolves its neighbours from here. */
export const BUILT_MAIN_DIR = join(PROJECT_ROOT, 'out', 'main');

/** The suite runs after `npm run build`; say so plainly instead of failing obscurely. */
export function requireBuilt(path: string): string {
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build first`);
  return path;
}
