import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '../../..');

/** The layering check's verdict: its exit status and what it printed. */
export interface CruiseResult {
  status: number | null;
  output: string;
}

const depcruise = join(repoRoot, 'node_modules/.bin/depcruise');

/** Runs dependency-cruiser with the project's real config over `paths` inside `root`. */
export function runDepcruise(root: string, paths: string[]): CruiseResult {
  const run = spawnSync(depcruise, [...paths, '--config', '.dependency-cruiser.cjs'], { cwd: root, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** Lays out a scratch tree in `root` with the project's real layering config and the given files, and cruises it. */
export function cruiseScratch(root: string, files: Record<string, string>): CruiseResult {
  for (const config of ['.dependency-cruiser.cjs', 'tsconfig.node.json', 'tsconfig.base.json', 'package.json']) {
    copyFileSync(join(repoRoot, config), join(root, config));
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  const base = {
    'src/shared/model.ts': `export const x = 1;\n`,
    'src/main/core/journal.ts': `import { x } from '../../shared/model';\nexport const y = x;\n`,
    'src/main/app/index.ts': `import { app } from 'electron';\nimport { y } from '../core/journal';\nexport const z = [app, y];\n`,
    'src/preload/index.ts': `import { contextBridge } from 'electron';\nimport { x } from '../shared/model';\nexport const p = [contextBridge, x];\n`,
    'src/renderer/src/main.ts': `import { x } from '../../shared/model';\nexport const r = x;\n`,
  };
  for (const [path, text] of Object.entries({ ...base, ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return runDepcruise(root, ['src']);
}
