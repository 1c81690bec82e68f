import { join } from 'node:path';
import { app, type WebPreferences } from 'electron';

/**
 * The preload electron-vite emits: one self-contained CommonJS file, because a sandboxed
 * preload cannot load ESM or require anything but 'electron'. All of main is bundled into
 * out/main/index.js, so at run time `mainBundleDir` is out/main.
 */
export function preloadPath(mainBundleDir: string = import.meta.dirname): string {
  return join(mainBundleDir, '..', 'preload', 'index.cjs');
}

/**
 * The hidden print window's own preload, emitted beside the journal's: it can only receive
 * the sheet it prints (src/preload/print.ts), never the journal's channels.
 */
export function printPreloadPath(mainBundleDir: string = import.meta.dirname): string {
  return join(mainBundleDir, '..', 'preload', 'print.cjs');
}

/** The page gets no Node, no remote content, no extra features: only window.hearth. */
export function secureWebPreferences(preload: string, devTools: boolean = !app.isPackaged): WebPreferences {
  return {
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
    // Spellcheck fetches dictionaries online and keeps added words in plain text on disk.
    spellcheck: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    devTools,
    preload,
  };
}
