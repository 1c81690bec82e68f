import { describe, expect, it } from 'vitest';
import { createBackupFileTokens, TOKEN_LIFETIME_MS } from '../../../../../src/main/core/backup/file-tokens';

const pathOf = async (path: string) => path;

describe('the files picked in dialogs, behind tokens', () => {
  it('gives the page an unguessable token and the file name only, and keeps the path in main', async () => {
    const files = createBackupFileTokens();
    const chosen = files.issue('save', '/home/someone/Backups/ours.age');
    expect(chosen).toEqual({ token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), fileName: 'ours.age' });
    expect(files.issue('save', '/home/someone/Backups/ours.age').token).not.toBe(chosen.token);
    expect(await files.peek(chosen.token, 'save', pathOf)).toBe('/home/someone/Backups/ours.age');
  });

  it('a token is spent by a use that succeeds, not by one that fails', async () => {
    const files = createBackupFileTokens();
    const { token } = files.issue('open', '/media/usb/ours.age');
    await expect(files.spend(token, 'open', () => Promise.reject(new Error('wrong passphrase')))).rejects.toThrow('wrong passphrase');
    expect(await files.spend(token, 'open', pathOf)).toBe('/media/usb/ours.age');
    await expect(files.spend(token, 'open', pathOf)).rejects.toMatchObject({ code: 'BACKUP_PATH_INVALID' });
  });

  it('refuses a token of the wrong kind, a malformed one, one in use, and one past its time', async () => {
    let now = 0;
    const files = createBackupFileTokens({ clock: () => now });
    const { token } = files.issue('open', '/media/usb/ours.age');
    await expect(files.spend(token, 'save', pathOf)).rejects.toMatchObject({ code: 'BACKUP_PATH_INVALID' });
    await expect(files.peek('../../etc/passwd', 'open', pathOf)).rejects.toMatchObject({ code: 'BACKUP_PATH_INVALID' });
    let finish = () => {};
    const slow = files.peek(token, 'open', () => new Promise<void>((resolve) => (finish = resolve)));
    await expect(files.spend(token, 'open', pathOf)).rejects.toMatchObject({ code: 'BACKUP_PATH_INVALID' });
    finish();
    await slow;
    now += TOKEN_LIFETIME_MS + 1;
    await expect(files.peek(token, 'open', pathOf)).rejects.toMatchObject({ code: 'BACKUP_PATH_INVALID' });
  });

  it('keeps only the newest few tokens', async () => {
    const files = createBackupFileTokens();
    const tokens = Array.from({ length: 12 }, (_, i) => files.issue('save', `/tmp/backup-${i}.age`).token);
    await expect(files.peek(tokens[0]!, 'save', pathOf)).rejects.toMatchObject({ code: 'BACKUP_PATH_INVALID' });
    expect(await files.peek(tokens[11]!, 'save', pathOf)).toBe('/tmp/backup-11.age');
  });
});
