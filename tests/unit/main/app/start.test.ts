import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startHearth, unlockAtStart } from '../../../../src/main/app/start';
import { preloadPath, secureWebPreferences } from '../../../../src/main/app/web-preferences';
import { type Hearth } from '../../../../src/main/core';
import { buildSheet } from '../../../../src/shared/sheet';
import { CHANNEL_NAMES, ipcChannelName, PROGRESS_EVENT } from '../../../../src/shared/ipc/channels';
import { createMemoryKeychain } from '../../../support/memory-keychain';
import { openTestJournal } from '../../../support/journal';
import { useTempDirs } from '../../../support/temp-dir';
import { app, fakeEvent, FakeWebContents, fireReady, nativeTheme, recorded, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

// The OS keychain is out of reach in unit tests: the app gets this in-memory one instead.
const osKeychain = vi.hoisted(() => ({ current: null as unknown }));
vi.mock('../../../../src/main/core', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  createOsKeychain: () => osKeychain.current,
}));

const tempDir = useTempDirs();

async function startedApp(options: { userDataDir?: string } = {}) {
  resetFakeElectron({ userDataDir: options.userDataDir ?? tempDir() });
  startHearth();
  fireReady();
  await vi.waitFor(() => expect(recorded.windows).toHaveLength(1));
  const window = recorded.windows[0]!;
  const ask = (channel: (typeof CHANNEL_NAMES)[number], sender = window.webContents, frame = sender.mainFrame) =>
    recorded.ipcHandlers.find((h) => h.channel === ipcChannelName(channel))!.listener({ sender, senderFrame: frame }, undefined);
  return { window, ask };
}

/** A device-locked journal already in userData, its key in the (fake) OS keychain. */
async function existingJournal() {
  const userDataDir = tempDir();
  const { hearth, keychain } = await openTestJournal(userDataDir, { partners: ['Ada', 'Ben'] });
  osKeychain.current = keychain;
  hearth.lock();
  return userDataDir;
}

beforeEach(() => {
  osKeychain.current = createMemoryKeychain();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('before Electron is ready', () => {
  it('takes the single-instance lock, registers app:// as privileged and turns the sandbox on everywhere', () => {
    resetFakeElectron();
    startHearth();
    expect(recorded.calls).toEqual([
      'app.requestSingleInstanceLock',
      'protocol.registerSchemesAsPrivileged',
      'app.enableSandbox',
    ]);
    expect(recorded.privilegedSchemes.map((s) => s.scheme)).toEqual(['app']);
    expect(recorded.windows).toHaveLength(0);
  });

  it('a second instance quits at once and touches nothing', async () => {
    resetFakeElectron({ grantSingleInstanceLock: false });
    startHearth();
    fireReady();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(recorded.quitCount).toBe(1);
    expect(recorded.windows).toHaveLength(0);
    expect(recorded.ipcHandlers).toHaveLength(0);
    expect(recorded.privilegedSchemes).toHaveLength(0);
    expect(app.listenerCount('second-instance')).toBe(0);
  });
});

describe('a packaged Hearth started with debugging switches', () => {
  const launchWith = (argv: string[], env: Record<string, string> = {}) => ({ argv: ['/opt/Hearth/hearth', ...argv], env, platform: 'linux' as const });

  for (const [what, launch] of [
    ['a debugging port', launchWith(['--remote-debugging-port=9222'])],
    ['a debugging pipe', launchWith(['--remote-debugging-pipe'])],
    ['no sandbox', launchWith(['--no-sandbox'])],
    ['an inspector in NODE_OPTIONS', launchWith([], { NODE_OPTIONS: '--inspect=9229' })],
  ] as const) {
    it(`quits before any window, handler or journal when asked for ${what}`, async () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const userDataDir = await existingJournal();
      resetFakeElectron({ userDataDir });
      app.isPackaged = true;
      startHearth(launch);
      fireReady();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(recorded.quitCount).toBe(1);
      expect(recorded.calls).toEqual(['dialog.showErrorBox', 'app.quit', 'ready']);
      expect(recorded.windows).toHaveLength(0);
      expect(recorded.ipcHandlers).toHaveLength(0);
      expect(recorded.protocolHandlers.size).toBe(0);
      expect(app.listenerCount('web-contents-created')).toBe(0);
      // It says why, naming what it refused and nothing of the journal.
      expect(console.error).toHaveBeenCalledOnce();
      expect(recorded.errorBoxes).toHaveLength(1);
      expect(recorded.errorBoxes[0]!.content).toContain(what === 'an inspector in NODE_OPTIONS' ? 'NODE_OPTIONS' : launch.argv[1]!.split('=')[0]!);
      expect(recorded.errorBoxes[0]!.content).not.toMatch(/Ada|Ben/);
    });
  }

  it('starts as usual when packaged and launched plainly', async () => {
    resetFakeElectron({ userDataDir: tempDir() });
    app.isPackaged = true;
    startHearth(launchWith([], { HOME: '/home/ada' }));
    fireReady();
    await vi.waitFor(() => expect(recorded.windows).toHaveLength(1));
    expect(recorded.quitCount).toBe(0);
  });

  it('a development build still starts with them (Playwright drives it through a debugging port)', async () => {
    resetFakeElectron({ userDataDir: tempDir() });
    startHearth(launchWith(['--remote-debugging-port=0', '--inspect=0']));
    fireReady();
    await vi.waitFor(() => expect(recorded.windows).toHaveLength(1));
  });
});

describe('once ready', () => {
  it('opens one window with the secure web preferences and the built preload', async () => {
    const { window } = await startedApp();
    expect(window.options.webPreferences).toStrictEqual(secureWebPreferences(preloadPath()));
    expect(window.options).toMatchObject({ show: false, title: 'Hearth', minWidth: expect.any(Number), minHeight: expect.any(Number) });
    expect(window.loadedUrl).toBe('app://hearth/index.html');
    expect(recorded.calls.indexOf('protocol.handle:app')).toBeLessThan(recorded.calls.indexOf('new BrowserWindow'));
  });

  it('shows the window only once it has painted, in the theme’s colour', async () => {
    const { window } = await startedApp();
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
    nativeTheme.shouldUseDarkColors = true;
    nativeTheme.emit('updated');
    expect(window.backgroundColor).toBe('#1c1917');
  });

  it('never lets a page title reach the window title', async () => {
    const { window } = await startedApp();
    const event = fakeEvent({});
    window.emit('page-title-updated', event, 'Our argument about money');
    expect(event.defaultPrevented).toBe(true);
  });

  it('keeps the window on the app: no foreign navigation, no new windows', async () => {
    const { window } = await startedApp();
    expect(window.webContents.tryNavigation('will-navigate', 'https://evil.example/')).toBe(true);
    expect(window.webContents.tryNavigation('will-redirect', 'https://evil.example/')).toBe(true);
    expect(window.webContents.tryNavigation('will-navigate', 'app://hearth/index.html')).toBe(false);
    expect(window.webContents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('locks down the session: no permissions, no requests off the app', async () => {
    await startedApp();
    const answer = vi.fn();
    recorded.permissionRequestHandler!({}, 'media', answer, {});
    expect(answer).toHaveBeenCalledExactlyOnceWith(false);
    expect(recorded.permissionCheckHandler!({}, 'media', 'app://hearth', {})).toBe(false);
    const cancel = vi.fn();
    recorded.beforeRequestHandler!({ url: 'https://evil.example/' }, cancel);
    expect(cancel).toHaveBeenCalledWith({ cancel: true });
  });

  it('answers IPC from its own window only', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { window, ask } = await startedApp();
    expect(recorded.ipcHandlers.map((h) => h.channel).sort()).toEqual(CHANNEL_NAMES.map(ipcChannelName).sort());
    expect(await ask('app.status')).toMatchObject({ ok: true, value: { state: 'needs-setup' } });
    expect(await ask('app.status', new FakeWebContents())).toMatchObject({ error: { code: 'FORBIDDEN_SENDER' } });
    const subframe = { url: 'app://hearth/index.html', parent: window.webContents.mainFrame };
    expect(await ask('app.status', window.webContents, subframe as never)).toMatchObject({ error: { code: 'FORBIDDEN_SENDER' } });
  });

  it('answers the print channels itself, with the save dialog on the journal window', async () => {
    const { window } = await startedApp();
    const sheet = buildSheet({
      exerciseIds: ['weekly-check-in'],
      options: { paper: 'A4', includeReflection: true, includeNotes: true },
      names: { a: 'Ada', b: 'Ben' },
      date: '2026-11-25',
    });
    const save = recorded.ipcHandlers.find((h) => h.channel === ipcChannelName('sheet.savePdf'))!.listener;
    const event = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    expect(await save(event, { sheet })).toEqual({ ok: true, value: { saved: false } });
    expect(recorded.saveDialogs.map((d) => d.parent)).toEqual([window]);
  });

  it('a second launch brings the existing window back', async () => {
    const { window } = await startedApp();
    window.minimized = true;
    app.emit('second-instance', fakeEvent({}), ['hearth'], '/');
    expect(window.isMinimized()).toBe(false);
    expect(window.visible).toBe(true);
    expect(window.focusCount).toBe(1);
    expect(recorded.windows).toHaveLength(1);
  });
});

describe('progress of long work', () => {
  it('a backup’s progress reaches the journal window on the progress event, and a closed window is not sent to', async () => {
    const { window } = await startedApp({ userDataDir: await existingJournal() });
    const event = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    const exportTo = recorded.ipcHandlers.find((h) => h.channel === ipcChannelName('backup.export'))!.listener;
    const target = join(tempDir(), 'hearth-backup-2026-11-25.age');
    // The place comes from main's save dialog, as a token; the page never names a path.
    const chooseWhere = recorded.ipcHandlers.find((h) => h.channel === ipcChannelName('backup.chooseExportPath'))!.listener;
    const tokenFor = async (filePath: string) => {
      recorded.saveDialogAnswer = { canceled: false, filePath };
      return ((await chooseWhere(event, undefined)) as { value: { token: string } }).value.token;
    };

    const result = await exportTo(event, { token: await tokenFor(target), passphrase: 'a sentence only we know' });
    expect(result).toMatchObject({ ok: true, value: { fileName: 'hearth-backup-2026-11-25.age' } });
    expect(existsSync(target)).toBe(true);
    const progress = window.webContents.sent.filter((s) => s.channel === PROGRESS_EVENT).map((s) => s.args);
    expect(progress.length).toBeGreaterThan(0);
    for (const args of progress) {
      expect(args).toEqual([{ taskId: 'backup.export', phase: expect.any(String), done: expect.any(Number), total: expect.any(Number) }]);
    }
    expect(progress.map(([p]) => (p as { phase: string }).phase)).toEqual(expect.arrayContaining(['reading', 'encrypting', 'verifying']));

    // The window is destroyed while a backup runs: reports to it are dropped, the backup still finishes.
    window.destroyed = true;
    const before = window.webContents.sent.length;
    const again = await exportTo(event, { token: await tokenFor(join(tempDir(), 'second.age')), passphrase: 'a sentence only we know' });
    expect(again).toMatchObject({ ok: true });
    expect(window.webContents.sent).toHaveLength(before);
  }, 60_000);
});

describe('the journal’s lock across the app’s life', () => {
  it('a device-locked journal opens at start without asking', async () => {
    const { ask } = await startedApp({ userDataDir: await existingJournal() });
    expect(await ask('app.status')).toMatchObject({ ok: true, value: { state: 'open', lockMode: 'device' } });
  });

  it('when the keychain cannot open it, the window still opens and the journal stays locked', async () => {
    const userDataDir = await existingJournal();
    osKeychain.current = createMemoryKeychain(); // a keychain without this journal's key
    const { ask } = await startedApp({ userDataDir });
    expect(await ask('app.status')).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(recorded.exitCodes).toEqual([]);
  });

  it('closing the last window locks the journal and quits', async () => {
    const { ask } = await startedApp({ userDataDir: await existingJournal() });
    app.emit('window-all-closed');
    expect(await ask('app.status')).toMatchObject({ value: { state: 'locked' } });
    expect(recorded.quitCount).toBe(1);
  });

  it('quitting by any other way locks it too', async () => {
    const { ask } = await startedApp({ userDataDir: await existingJournal() });
    app.emit('before-quit', fakeEvent({}));
    expect(await ask('app.status')).toMatchObject({ value: { state: 'locked' } });
  });

  it('a passphrase-locked journal is never opened without the person', async () => {
    const unlock = vi.fn();
    const stub = { status: () => ({ state: 'locked', lockMode: 'device+passphrase' }), unlock } as unknown as Hearth;
    await unlockAtStart(stub);
    expect(unlock).not.toHaveBeenCalled();
  });
});
