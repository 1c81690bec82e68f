import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
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
