import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { preloadPath, printPreloadPath, secureWebPreferences } from '../../../../src/main/app/web-preferences';
import { BUILT_MAIN_DIR, PROJECT_ROOT, requireBuilt } from './paths';

vi.mock('electron', () => import('./fake-electron'));

describe('the window’s web preferences', () => {
  it('give the page no Node, no remote content and no extra features', () => {
    expect(secureWebPreferences('/x/preload.cjs', true)).toStrictEqual({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableBlinkFeatures: undefined,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: true,
      preload: '/x/preload.cjs',
    });
  });

  it('turn the developer tools off in a packaged app', async () => {
    const { app } = await import('./fake-electron');
    app.isPackaged = true;
    try {
      expect(secureWebPreferences('/x/preload.cjs').devTools).toBe(false);
    } finally {
      app.isPackaged = false;
    }
    expect(secureWebPreferences('/x/preload.cjs').devTools).toBe(true);
  });
});

describe('the preload', () => {
  it('is exactly the file the build emitted, next to the main bundle', () => {
    requireBuilt(join(BUILT_MAIN_DIR, 'index.js'));
    const path = preloadPath(BUILT_MAIN_DIR);
    expect(path).toBe(join(PROJECT_ROOT, 'out', 'preload', 'index.cjs'));
    requireBuilt(path);
  });

  it('requires nothing but electron, as a sandboxed preload must', () => {
    const source = readFileSync(requireBuilt(preloadPath(BUILT_MAIN_DIR)), 'utf8');
    const required = [...source.matchAll(/\brequire\s*\(\s*([^)]*)\)/g)].map((match) => match[1]!.trim());
    expect(required.length).toBeGreaterThan(0);
    expect(new Set(required)).toEqual(new Set(['"electron"']));
    // A CommonJS file: an ESM import would stop a sandboxed preload from loading at all.
    expect(source).not.toMatch(/^\s*import\s/m);
    expect(source).not.toMatch(/\bimport\s*\(/);
  });
});

describe('the print window’s preload', () => {
  it('is its own file, next to the journal’s, and not the journal’s', () => {
    expect(printPreloadPath(BUILT_MAIN_DIR)).toBe(join(PROJECT_ROOT, 'out', 'preload', 'print.cjs'));
    expect(printPreloadPath(BUILT_MAIN_DIR)).not.toBe(preloadPath(BUILT_MAIN_DIR));
  });
});
