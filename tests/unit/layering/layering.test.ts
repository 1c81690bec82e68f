import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../support/temp-dir';
import { cruiseScratch } from './cruise';

const tempDir = useTempDirs();

/** Lays out a scratch tree with the project's real layering config and the given files. */
const cruise = (files: Record<string, string>) => cruiseScratch(tempDir(), files);

// Each case runs dependency-cruiser in a child process (~0.7 s alone, several seconds on a busy machine).
describe('the layering check of DESIGN.md section 2', { timeout: 60_000 }, () => {
  it('passes a tree that keeps to the layers', () => {
    const result = cruise({});
    expect(result.output).toMatch(/no dependency violations found/);
    expect(result.status).toBe(0);
  });

  it.each([
    ['electron-only-in-app-and-preload', 'src/main/core/window.ts', `import { BrowserWindow } from 'electron';\nexport const w = BrowserWindow;\n`],
    ['electron-only-in-app-and-preload', 'src/renderer/src/ipc.ts', `import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n`],
    ['renderer-only-shared', 'src/renderer/src/peek.ts', `import { y } from '../../main/core/journal';\nexport const p = y;\n`],
    ['preload-only-shared', 'src/preload/peek.ts', `import { y } from '../main/core/journal';\nexport const p = y;\n`],
    ['core-never-imports-app', 'src/main/core/up.ts', `import { z } from '../app/index';\nexport const u = z;\n`],
    ['shared-no-node-builtins', 'src/shared/fs.ts', `import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n`],
    ['shared-imports-only-shared', 'src/shared/up.ts', `import { y } from '../main/core/journal';\nexport const u = y;\n`],
    ['nothing-imports-renderer', 'src/main/core/ui.ts', `import { r } from '../../renderer/src/main';\nexport const u = r;\n`],
  ])('fails on a deliberate violation of %s (%s)', (rule, path, text) => {
    const result = cruise({ [path]: text });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(rule);
    expect(result.output).toContain(path);
  });
});
