import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { backupFileName, createBackupDialogs, withBackupExtension } from '../../../../src/main/app/backup-dialogs';
import { registerIpc, type InvokeListener } from '../../../../src/main/app/ipc';
import type { HandlerTable } from '../../../../src/main/core';
import { createBackupFileTokens, type BackupFileTokens, type FilePurpose } from '../../../../src/main/core/backup/file-tokens';
import { ipcChannelName } from '../../../../src/shared/ipc/channels';
import { useTempDirs } from '../../../support/temp-dir';
import { FakeBrowserWindow, recorded, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const tempDir = useTempDirs();
const parent = new FakeBrowserWindow({});
// 25 November 2026, 23:30 on this computer's clock: still the 25th here, whatever UTC says.
const lateEvening = () => new Date(2026, 10, 25, 23, 30);
const TOKEN = expect.stringMatching(/^[A-Za-z0-9_-]{43}$/);

/** The path main keeps behind a token the page was given (the page itself never sees it). */
const pathBehind = (files: BackupFileTokens, purpose: FilePurpose, answer: unknown) =>
  files.peek((answer as { token: string }).token, purpose, async (path) => path);

beforeEach(() => {
  resetFakeElectron();
});

describe('the default backup file name', () => {
  it('is dated by the local calendar, with two-digit month and day', () => {
    expect(backupFileName(lateEvening())).toBe('hearth-backup-2026-11-25.age');
    expect(backupFileName(new Date(2027, 0, 3, 0, 5))).toBe('hearth-backup-2027-01-03.age');
  });
});

describe('choosing where to save a backup', () => {
  it('shows a save dialog on the journal window, in Documents, with the dated name and an .age filter', async () => {
    const files = createBackupFileTokens();
    const dialogs = createBackupDialogs({ parentWindow: () => parent as never, now: lateEvening, files });
    recorded.saveDialogAnswer = { canceled: false, filePath: '/home/someone/Documents/hearth-backup-2026-11-25.age' };
    // The page gets a token and the name to show; the path stays in main behind the token.
    const answer = await dialogs['backup.chooseExportPath'](undefined);
    expect(answer).toEqual({ token: TOKEN, fileName: 'hearth-backup-2026-11-25.age' });
    expect(JSON.stringify(answer)).not.toContain('/home/someone');
    expect(await pathBehind(files, 'save', answer)).toBe('/home/someone/Documents/hearth-backup-2026-11-25.age');
    await expect(pathBehind(files, 'open', answer)).rejects.toMatchObject({ code: 'BACKUP_PATH_INVALID' });
    expect(recorded.saveDialogs).toHaveLength(1);
    expect(recorded.saveDialogs[0]!.parent).toBe(parent);
    expect(recorded.saveDialogs[0]!.options).toMatchObject({
      defaultPath: '/home/someone/Documents/hearth-backup-2026-11-25.age',
      filters: [{ name: 'Hearth backup', extensions: ['age'] }],
      properties: expect.arrayContaining(['showOverwriteConfirmation', 'createDirectory']),
    });
  });

  it('says so when the dialog is cancelled, and never makes up a path', async () => {
    const dialogs = createBackupDialogs({ parentWindow: () => parent as never });
    recorded.saveDialogAnswer = { canceled: true, filePath: '' };
    expect(await dialogs['backup.chooseExportPath'](undefined)).toEqual({ cancelled: true });
    // Some platforms answer "not cancelled" with an empty path: that is no choice either.
    recorded.saveDialogAnswer = { canceled: false, filePath: '' };
    expect(await dialogs['backup.chooseExportPath'](undefined)).toEqual({ cancelled: true });
  });

  it('without a Documents folder or a window, the dialog still opens with the bare name', async () => {
    const dialogs = createBackupDialogs({
      parentWindow: () => null,
      documentsDir: () => {
        throw new Error('no documents folder');
      },
      now: lateEvening,
    });
    await dialogs['backup.chooseExportPath'](undefined);
    expect(recorded.saveDialogs[0]).toMatchObject({ parent: null, options: { defaultPath: 'hearth-backup-2026-11-25.age' } });
  });

  it('adds .age to a name typed without one, unless a file of that name is already there', () => {
    const folder = tempDir();
    expect(withBackupExtension(join(folder, 'ours'))).toBe(join(folder, 'ours.age'));
    writeFileSync(join(folder, 'taken.age'), 'an older backup');
    expect(withBackupExtension(join(folder, 'taken'))).toBe(join(folder, 'taken'));
    expect(withBackupExtension(join(folder, 'notes.txt'))).toBe(join(folder, 'notes.txt'));
    expect(withBackupExtension(join(folder, 'ours.age'))).toBe(join(folder, 'ours.age'));
  });
});

describe('choosing a backup to restore', () => {
  it('shows an open dialog for one .age file and returns a token for the file picked, and its name', async () => {
    const files = createBackupFileTokens();
    const dialogs = createBackupDialogs({ parentWindow: () => parent as never, files });
    recorded.openDialogAnswer = { canceled: false, filePaths: ['/media/usb/hearth-backup-2026-11-25.age'] };
    const answer = await dialogs['backup.chooseBackupFile'](undefined);
    expect(answer).toEqual({ token: TOKEN, fileName: 'hearth-backup-2026-11-25.age' });
    expect(await pathBehind(files, 'open', answer)).toBe('/media/usb/hearth-backup-2026-11-25.age');
    // Each pick is a new token: the page cannot guess one from another.
    const again = await dialogs['backup.chooseBackupFile'](undefined);
    expect((again as { token: string }).token).not.toBe((answer as { token: string }).token);
    expect(recorded.openDialogs).toHaveLength(2);
    expect(recorded.openDialogs[0]!.parent).toBe(parent);
    expect(recorded.openDialogs[0]!.options).toMatchObject({
      defaultPath: '/home/someone/Documents',
      filters: [{ name: 'Hearth backup', extensions: ['age'] }],
      properties: ['openFile'],
    });
  });

  it('says so when the dialog is cancelled', async () => {
    const dialogs = createBackupDialogs({ parentWindow: () => parent as never });
    recorded.openDialogAnswer = { canceled: true, filePaths: [] };
    expect(await dialogs['backup.chooseBackupFile'](undefined)).toEqual({ cancelled: true });
    recorded.openDialogAnswer = { canceled: false, filePaths: [] };
    expect(await dialogs['backup.chooseBackupFile'](undefined)).toEqual({ cancelled: true });
  });
});

describe('behind IPC', () => {
  it('the dialogs answer only Hearth’s own window, and take no input', async () => {
    const listeners = new Map<string, InvokeListener>();
    const appWindow = { id: 1 };
    registerIpc(
      { handle: (channel, listener) => listeners.set(channel, listener) },
      {} as HandlerTable,
      (event) => event.sender === appWindow,
      () => {},
      createBackupDialogs({ parentWindow: () => parent as never }),
    );
    const ask = listeners.get(ipcChannelName('backup.chooseExportPath'))!;
    const frame = { url: 'app://hearth/index.html', parent: null };
    expect(await ask({ sender: { id: 2 }, senderFrame: frame }, undefined)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(await ask({ sender: appWindow, senderFrame: frame }, { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(recorded.saveDialogs).toHaveLength(0);
    expect(await ask({ sender: appWindow, senderFrame: frame }, undefined)).toEqual({ ok: true, value: { cancelled: true } });
    expect(recorded.saveDialogs).toHaveLength(1);
  });
});
