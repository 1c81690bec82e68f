import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSyncDialog } from '../../../../src/main/app/sync-dialog';
import { createFolderTokens } from '../../../../src/main/core/sync';
import { FakeBrowserWindow, recorded, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const parent = new FakeBrowserWindow({});

beforeEach(() => {
  resetFakeElectron();
});

describe('choosing the shared folder', () => {
  it('opens a folder dialog on the journal window; the page gets a token and the folder’s name, never its path', async () => {
    const folders = createFolderTokens();
    const dialog = createSyncDialog({ parentWindow: () => parent as never, folders });
    recorded.openDialogAnswer = { canceled: false, filePaths: ['/home/robin/Sync/Hearth'] };
    const answer = await dialog['sync.chooseFolder'](undefined);
    expect(answer).toEqual({ token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), folderName: 'Hearth' });
    expect(JSON.stringify(answer)).not.toContain('/home/robin');
    expect(recorded.openDialogs[0]).toMatchObject({ parent, options: { properties: expect.arrayContaining(['openDirectory']) } });
    // The token names the folder once; a second use, or a made-up one, is refused.
    const { token } = answer as { token: string };
    expect(folders.take(token)).toBe('/home/robin/Sync/Hearth');
    expect(() => folders.take(token)).toThrow(/Choose it again/);
    expect(() => folders.take('x'.repeat(43))).toThrow(/Choose it again/);
  });

  it('a closed dialog, or one with no folder, is no choice', async () => {
    const dialog = createSyncDialog({ parentWindow: () => null, folders: createFolderTokens() });
    recorded.openDialogAnswer = { canceled: true, filePaths: [] };
    expect(await dialog['sync.chooseFolder'](undefined)).toEqual({ cancelled: true });
    recorded.openDialogAnswer = { canceled: false, filePaths: [] };
    expect(await dialog['sync.chooseFolder'](undefined)).toEqual({ cancelled: true });
  });
});
