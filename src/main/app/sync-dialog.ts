import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { ChosenFolder } from '../../shared/ipc/features/sync';
import type { AppHandlerTable } from '../core';
import { syncFolderTokens, type FolderTokens } from '../core/sync';

export const syncFolderDialogOptions = (): OpenDialogOptions => ({
  title: 'Choose the folder you share with your partner',
  buttonLabel: 'Use this folder',
  properties: ['openDirectory', 'createDirectory'],
});

/**
 * The folder dialog for sync: it only picks a folder and keeps its path in main behind a
 * one-time token (as the backup dialogs do); sync.start / sync.join take the token.
 */
export function createSyncDialog(deps: { parentWindow: () => BrowserWindow | null; folders?: FolderTokens }): Pick<AppHandlerTable, 'sync.chooseFolder'> {
  const folders = deps.folders ?? syncFolderTokens;
  return {
    'sync.chooseFolder': async (): Promise<ChosenFolder> => {
      const parent = deps.parentWindow();
      const options = syncFolderDialogOptions();
      const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      const [path] = choice.filePaths;
      if (choice.canceled || !path) return { cancelled: true };
      return folders.issue(path);
    },
  };
}
