import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { ipcChannelName, PRINT_WINDOW_CHANNELS } from '../../../../src/shared/ipc/channels';
import { buildSheet } from '../../../../src/shared/sheet';
import { workerKeeper } from '../../../../src/main/core/sync/keeper-thread';
import type { StartWorker } from '../../../../src/main/core/threads/start-worker';
import { fireReady, recorded, resetFakeElectron } from './fake-electron';
import { BUILT_MAIN_DIR, PROJECT_ROOT, requireBuilt } from './paths';
import { useTempDirs } from '../../../support/temp-dir';

vi.mock('electron', () => import('./fake-electron'));

const tempDir = useTempDirs();

// The bundle electron-vite emitted (not the sources) is what Electron runs: start it once
// against the stand-in and check it finds the preload and renderer it was built with.
describe('the built app (out/main/index.js)', () => {
  it('starts with the emitted preload and serves the emitted renderer', async () => {
    const bundle = requireBuilt(join(BUILT_MAIN_DIR, 'index.js'));
    resetFakeElectron({ userDataDir: tempDir() });
    await import(/* @vite-ignore */ bundle);
    fireReady();
    await vi.waitFor(() => expect(recorded.windows).toHaveLength(1));

    const preload = recorded.windows[0]!.options.webPreferences.preload as string;
    expect(preload).toBe(join(PROJECT_ROOT, 'out', 'preload', 'index.cjs'));
    expect(existsSync(preload)).toBe(true);
    expect(recorded.windows[0]!.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });

    const serve = recorded.protocolHandlers.get('app')!;
    const page = await serve(new Request('app://hearth/index.html'));
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(readFileSync(join(PROJECT_ROOT, 'out', 'renderer', 'index.html'), 'utf8'));
  });
});

/**
 * Runs an emitted preload the way a sandboxed renderer does: CommonJS, a `require` that
 * knows only 'electron', and a contextBridge that records what the page would be given.
 */
function runPreload(file: string) {
  const exposed: { key: string; api: unknown }[] = [];
  const invoked: unknown[][] = [];
  const required: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.push({ key, api }) },
    ipcRenderer: {
      invoke: async (...args: unknown[]) => {
        invoked.push(args);
        return 'answer';
      },
      on: () => {},
      removeListener: () => {},
    },
  };
  const module = { exports: {} };
  runInNewContext(readFileSync(file, 'utf8'), {
    require: (name: string) => {
      required.push(name);
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
      return electron;
    },
    module,
    exports: module.exports,
  });
  return { exposed, invoked, required };
}

// Sync's document lives in a worker thread of its own; the app starts it from the chunk
// electron-vite emitted (`?nodeWorker`), which must run with nothing but its own bundle.
describe('the built sync keeper (out/main/chunks/keeper-*.js)', () => {
  it('starts from the emitted chunk in a worker thread and keeps a change it is given', async () => {
    const chunks = requireBuilt(join(BUILT_MAIN_DIR, 'chunks'));
    const starter = readdirSync(chunks).find((name) => /^keeper-thread-.*\.js$/.test(name));
    expect(starter, 'the keeper’s starter chunk').toBeDefined();
    const { default: start } = (await import(/* @vite-ignore */ pathToFileURL(join(chunks, starter!)).href)) as { default: StartWorker };
    const keeper = workerKeeper('ab'.repeat(16), start);
    try {
      await keeper.request({ op: 'load', chunks: [] });
      const before = await keeper.request({ op: 'heads' });
      const record = { slot: 'a', name: 'Robin', createdAt: 1_765_000_000_000 };
      const { ownChange } = await keeper.request({ op: 'propose', proposal: { time: 1, local: [{ table: 'partners', key: 'a', record }], files: [] } });
      await keeper.request({ op: 'commit' });
      expect(ownChange).toBeInstanceOf(Uint8Array);
      expect(await keeper.request({ op: 'heads' })).not.toEqual(before);
      expect(keeper.alive()).toBe(true);
    } finally {
      keeper.close();
    }
    expect(keeper.alive()).toBe(false);
  });
});

describe('the built print window (out/preload/print.cjs)', () => {
  const preloadDir = join(PROJECT_ROOT, 'out', 'preload');

  it('the build emits the two preloads and no chunk shared between them', () => {
    requireBuilt(join(preloadDir, 'print.cjs'));
    expect(readdirSync(preloadDir).filter((name) => !name.endsWith('.map')).sort()).toEqual(['index.cjs', 'print.cjs']);
  });

  it('exposes only a way to receive its sheet and to say it is laid out, and requires only electron', async () => {
    const { exposed, invoked, required } = runPreload(requireBuilt(join(preloadDir, 'print.cjs')));
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(exposed.map((e) => e.key)).toEqual(['hearth']);
    const api = exposed[0]!.api as { print: { sheet(): Promise<unknown>; laidOut(pages: number): Promise<void> } };
    expect(Object.keys(api)).toEqual(['print']);
    expect(Object.keys(api.print).sort()).toEqual(['laidOut', 'sheet']);
    expect(Object.isFrozen(api) && Object.isFrozen(api.print)).toBe(true);
    // Nothing of the journal: no invoke table, no progress or lock events.
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('onProgress');

    expect(await api.print.sheet()).toBe('answer');
    await api.print.laidOut(3);
    expect(invoked).toEqual([[PRINT_WINDOW_CHANNELS.sheet], [PRINT_WINDOW_CHANNELS.laidOut, 3]]);
  });

  it('the journal window keeps its own bridge, with every channel', () => {
    const { exposed } = runPreload(requireBuilt(join(preloadDir, 'index.cjs')));
    expect(exposed.map((e) => e.key)).toEqual(['hearth']);
    expect(exposed[0]!.api).toHaveProperty('invoke');
  });

  it('the built app opens its print window with the print preload', async () => {
    const bundle = requireBuilt(join(BUILT_MAIN_DIR, 'index.js'));
    resetFakeElectron({ userDataDir: tempDir() });
    await import(/* @vite-ignore */ `${bundle}?print`);
    fireReady();
    await vi.waitFor(() => expect(recorded.windows).toHaveLength(1));
    const journalWindow = recorded.windows[0]!;
    const sheet = buildSheet({
      exerciseIds: ['weekly-check-in'],
      options: { paper: 'A4', includeReflection: true, includeNotes: true },
      names: { a: 'Ada', b: 'Ben' },
      date: '2026-11-25',
    });
    const print = recorded.ipcHandlers.find((h) => h.channel === ipcChannelName('sheet.print'))!.listener;
    const printing = print({ sender: journalWindow.webContents, senderFrame: journalWindow.webContents.mainFrame }, { sheet });
    await vi.waitFor(() => expect(recorded.windows).toHaveLength(2));
    const printWindow = recorded.windows[1]!;
    expect(printWindow.options.webPreferences.preload).toBe(join(preloadDir, 'print.cjs'));
    expect(printWindow.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    // Play the print page's part so the print finishes and the window closes.
    await vi.waitFor(() => expect(printWindow.loadedUrl).toBe('app://hearth/print.html'));
    const frame = { url: 'app://hearth/print.html', parent: null };
    await printWindow.webContents.ipc.handlers.get(PRINT_WINDOW_CHANNELS.laidOut)!({ sender: printWindow.webContents, senderFrame: frame }, 1);
    expect(await printing).toEqual({ ok: true, value: { printed: true, pages: 1 } });
  });
});
