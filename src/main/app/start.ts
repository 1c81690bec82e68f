import { app, dialog, ipcMain, Menu, powerMonitor, protocol, session, type BrowserWindow } from 'electron';
import { LOCKED_EVENT, PROGRESS_EVENT } from '../../shared/ipc/channels';
import { createHandlers, createHearth, createOsKeychain, type Hearth } from '../core';
import { journalFolder } from './data-dir';
import { refusedLaunchSettings, type LaunchSettings } from './launch-switches';
import { isAppWindowSender, registerIpc } from './ipc';
import { logRequestProblem } from './log';
import { lockAndTell, lockOnSleepAndScreenLock } from './lock-events';
import { appMenuTemplate } from './menu';
import { nativeBindingFor } from './native-binding';
import { createBackupDialogs } from './backup-dialogs';
import { createSyncDialog } from './sync-dialog';
import { createSheetPrinting } from './print';
import { APP_SCHEME_PRIVILEGES, serveRenderer } from './protocol';
import { guardWebContents, lockDownSession } from './security';
import { bringToFront, createJournalWindow } from './window';

/**
 * A device-locked journal opens without asking. Any failure (no keychain, wrong key) is
 * left for the renderer, which asks app.status and shows the named error.
 */
export async function unlockAtStart(hearth: Hearth): Promise<void> {
  try {
    const status = hearth.status();
    if (status.state === 'locked' && status.lockMode === 'device') await hearth.unlock();
  } catch {
    // Deliberately silent here: the same error reaches the person through the UI.
  }
}

/** Hearth's life in Electron: one instance, one sandboxed window, the journal locked on quit. */
export function startHearth(launch: Omit<LaunchSettings, 'isPackaged'> = process): void {
  // Before anything else, and before any window: a packaged build started with a debugging
  // port, an inspector or without its sandbox leaves at once (launch-switches.ts says why).
  const refused = refusedLaunchSettings({ argv: launch.argv, env: launch.env, platform: launch.platform, isPackaged: app.isPackaged });
  if (refused.length > 0) {
    console.error(`[hearth] will not start with ${refused.join(', ')}: they would open the journal to other programs.`);
    // A native message, not a window (Electron allows it before ready); the person may have double-clicked.
    dialog.showErrorBox(
      'Hearth did not open',
      `Hearth was started with settings that could let other programs look into your journal (${refused.join(', ')}). Please open Hearth again the usual way.`,
    );
    app.quit();
    return;
  }
  // One process owns the database: a second launch hands over to the first and leaves.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Both must happen before `ready`.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  app.enableSandbox();

  let window: BrowserWindow | null = null;
  let hearth: Hearth | null = null;

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('second-instance', () => {
    if (window) bringToFront(window);
  });
  app.on('window-all-closed', () => {
    hearth?.lock();
    app.quit();
  });
  app.on('before-quit', () => {
    hearth?.lock();
  });

  app
    .whenReady()
    .then(async () => {
      lockDownSession(session.defaultSession);
      serveRenderer(protocol);
      const journal = createHearth({
        dataDir: journalFolder(),
        keychain: createOsKeychain(),
        nativeBinding: nativeBindingFor(process.versions, app.getAppPath(), app.isPackaged),
      });
      hearth = journal;
      // Printing and the backup file dialogs need Electron, so their channels are answered here rather than by the core table.
      const printing = createSheetPrinting({ parentWindow: () => window });
      registerIpc(
        ipcMain,
        createHandlers(journal, {
          onProgress: (progress) => {
            if (window && !window.isDestroyed()) window.webContents.send(PROGRESS_EVENT, progress);
          },
          // Sync reads and writes only the folder the couple chose; it opens no connection.
          syncInBackground: true,
        }),
        (event) => isAppWindowSender(event, window?.webContents ?? null),
        logRequestProblem,
        { ...printing, ...createBackupDialogs({ parentWindow: () => window }), ...createSyncDialog({ parentWindow: () => window }) },
      );
      const lockNow = () =>
        lockAndTell(journal, () => {
          if (window && !window.isDestroyed()) window.webContents.send(LOCKED_EVENT);
        });
      // powerMonitor can only be used once the app is ready.
      lockOnSleepAndScreenLock(powerMonitor, lockNow);
      Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(process.platform, lockNow)));
      await unlockAtStart(journal);
      window = createJournalWindow();
      window.on('closed', () => {
        window = null;
      });
    })
    .catch((error: unknown) => {
      // Only the error's kind: its message could quote a path or data.
      console.error(`[hearth] could not start (${error instanceof Error ? error.name : typeof error})`);
      app.exit(1);
    });
}
