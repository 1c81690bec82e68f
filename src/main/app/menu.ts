import type { MenuItemConstructorOptions } from 'electron';

export const LOCK_MENU_ITEM_ID = 'lock-now';
export const LOCK_ACCELERATOR = 'CmdOrCtrl+L';

/**
 * The application menu: Lock now (Ctrl/Cmd+L) first, then the ordinary editing, zoom and
 * window commands. Electron's default menu is replaced so it brings no reload or developer
 * tools along; zoom stays, because people need it to read.
 */
export function appMenuTemplate(platform: NodeJS.Platform, lockNow: () => void): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: 'Journal',
      submenu: [
        { id: LOCK_MENU_ITEM_ID, label: 'Lock now', accelerator: LOCK_ACCELERATOR, click: () => lockNow() },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
  ];
}
