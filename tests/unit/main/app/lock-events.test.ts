import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { lockAndTell, lockOnSleepAndScreenLock } from '../../../../src/main/app/lock-events';
import { appMenuTemplate, LOCK_ACCELERATOR, LOCK_MENU_ITEM_ID } from '../../../../src/main/app/menu';
import { startHearth } from '../../../../src/main/app/start';
import { type Hearth } from '../../../../src/main/core';
import { CHANNEL_NAMES, ipcChannelName, LOCKED_EVENT } from '../../../../src/shared/ipc/channels';
import { createMemoryKeychain } from '../../../support/memory-keychain';
import { openTestJournal } from '../../../support/journal';
import { useTempDirs } from '../../../support/temp-dir';
import { applicationMenuItems, fireReady, powerMonitor, recorded, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const osKeychain = vi.hoisted(() => ({ current: null as unknown }));
vi.mock('../../../../src/main/core', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  createOsKeychain: () => osKeychain.current,
}));

const tempDir = useTempDirs();

/** A device-locked journal in userData (so the app opens it at start), its key in the fake OS keychain. */
async function existingJournal(): Promise<string> {
  const userDataDir = tempDir();
  const { hearth, keychain } = await openTestJournal(userDataDir, { partners: ['Ada', 'Ben'] });
  osKeychain.current = keychain;
  hearth.lock();
  return userDataDir;
}

/** Hearth started on the stand-in with its journal open, as after a normal launch. */
async function openApp() {
  resetFakeElectron({ userDataDir: await existingJournal() });
  startHearth();
  fireReady();
  await vi.waitFor(() => expect(recorded.windows).toHaveLength(1));
  const window = recorded.windows[0]!;
  const status = async () => {
    const listener = recorded.ipcHandlers.find((h) => h.channel === ipcChannelName('app.status'))!.listener;
    const answer = (await listener({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, undefined)) as {
      value: { state: string };
    };
    return answer.value.state;
  };
  expect(await status()).toBe('open');
  const lockedEvents = () => window.webContents.sent.filter((s) => s.channel === LOCKED_EVENT);
  return { window, status, lockedEvents };
}

beforeEach(() => {
  osKeychain.current = createMemoryKeychain();
});

describe('system sleep and the OS screen lock', () => {
  it.each(['suspend', 'lock-screen'])('%s locks the journal and tells the page, without anything of the journal', async (event) => {
    const { status, lockedEvents } = await openApp();
    powerMonitor.emit(event);
    expect(await status()).toBe('locked');
    expect(lockedEvents()).toEqual([{ channel: LOCKED_EVENT, args: [] }]);
  });

  it('tells the page only when there was something to close', async () => {
    const { status, lockedEvents } = await openApp();
    powerMonitor.emit('suspend');
    powerMonitor.emit('lock-screen');
    powerMonitor.emit('suspend');
    expect(await status()).toBe('locked');
    expect(lockedEvents()).toHaveLength(1);
  });

  it('still locks while the window is being destroyed, and sends nothing to it', async () => {
    const { window, status } = await openApp();
    window.destroyed = true; // destroyed, its 'closed' not yet delivered
    expect(() => powerMonitor.emit('suspend')).not.toThrow();
    expect(await status()).toBe('locked');
    expect(window.webContents.sent).toEqual([]);
  });

  it('does not trip over a window already closed', async () => {
    const { window } = await openApp();
    window.close();
    expect(() => powerMonitor.emit('lock-screen')).not.toThrow();
    expect(window.webContents.sent).toEqual([]);
  });

  it('listens only after the app is ready, as Electron requires', () => {
    resetFakeElectron();
    startHearth();
    expect(powerMonitor.listenerCount('suspend')).toBe(0);
    expect(powerMonitor.listenerCount('lock-screen')).toBe(0);
  });
});

describe('the Lock now menu item (Ctrl/Cmd+L)', () => {
  it('is in the application menu with its accelerator, and locks the journal and tells the page', async () => {
    const { status, lockedEvents } = await openApp();
    const item = applicationMenuItems().find((i) => i.id === LOCK_MENU_ITEM_ID);
    expect(item).toMatchObject({ label: 'Lock now', accelerator: 'CmdOrCtrl+L' });
    item!.click!();
    expect(await status()).toBe('locked');
    expect(lockedEvents()).toHaveLength(1);
  });

  it('replaces the default menu: no reload and no developer tools, but zoom stays', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const roles = JSON.stringify(appMenuTemplate(platform, () => {}));
      expect(roles).not.toMatch(/reload|toggleDevTools/i);
      expect(roles).toContain('zoomIn');
      expect(roles).toContain(LOCK_ACCELERATOR);
    }
  });
});

describe('lockAndTell', () => {
  it('locks even when it cannot read the state, and then tells no one', () => {
    const lock = vi.fn();
    const broken = {
      status: () => {
        throw new Error('vault unreadable');
      },
      lock,
    } as unknown as Hearth;
    const tell = vi.fn();
    lockAndTell(broken, tell);
    expect(lock).toHaveBeenCalledOnce();
    expect(tell).not.toHaveBeenCalled();
  });

  it('wires exactly the sleep and screen-lock events', () => {
    const on = vi.fn();
    const lockNow = () => {};
    lockOnSleepAndScreenLock({ on }, lockNow);
    expect(on.mock.calls).toEqual([
      ['suspend', lockNow],
      ['lock-screen', lockNow],
    ]);
  });
});

// Every channel is still registered alongside the new wiring (a guard against a start-up that threw half way).
it('start-up still registers every channel', async () => {
  await openApp();
  expect(recorded.ipcHandlers.map((h) => h.channel).sort()).toEqual(CHANNEL_NAMES.map(ipcChannelName).sort());
});
