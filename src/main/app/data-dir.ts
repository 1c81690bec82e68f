import { join } from 'node:path';
import { app } from 'electron';

/** The folder that holds vault.json and the encrypted journal, inside Electron's userData. */
export function journalFolder(userDataDir: string = app.getPath('userData')): string {
  return join(userDataDir, 'journal');
}
