import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupHandlers, inlineRunner } from '../../../../../src/main/core/backup';
import { createBackupFileTokens, TOKEN_LIFETIME_MS, type FilePurpose } from '../../../../../src/main/core/backup/file-tokens';
import { createHandlers } from '../../../../../src/main/core/handlers';
import { dispatch } from '../../../../../src/main/core/ipc/dispatch';
import { CHANNELS, contract, Progress, type Channel } from '../../../../../src/shared/ipc/contract';
import { useTempDirs } from '../../../../support/temp-dir';
import { newJournal, sampleJournal, seed } from './support/journal';

const tempDir = useTempDirs();
const PASSPHRASE = 'through the front door';

async function served() {
  const dir = tempDir();
  const hearth = await newJournal(join(dir, 'data'));
  seed(hearth.db(), sampleJournal('ipc'));
  const progress: Progress[] = [];
  let now = Date.now();
  const files = createBackupFileTokens({ clock: () => now });
  const handlers = {
    ...createHandlers(hearth),
    ...backupHandlers(hearth, { runner: inlineRunner, workFactor: 2, onProgress: (p) => progress.push(p), files }),
  };
  /** What main's file dialog does when the person picks `path`: the page gets a token and the name. */
  const picked = (purpose: FilePurpose, path: string) => files.issue(purpose, path).token;
  const later = (ms: number) => {
    now += ms;
  };
  const out = join(dir, 'out');
  mkdirSync(out);
  /** A call as the renderer makes it: validated input, a Result back, output checked against the contract. */
  const call = async (channel: Channel, input?: unknown) => {
    const result = await dispatch(handlers, channel, input);
    if (result.ok) contract[channel].output.parse(result.value);
    return result;
  };
  return { hearth, out, progress, call, picked, later };
}

describe('the backup channels', () => {
  it('are named in the channel list', () => {
    expect(CHANNELS).toEqual(
      expect.arrayContaining(['backup.export', 'backup.inspect', 'backup.restore', 'backup.safetyCopies.list', 'backup.safetyCopies.delete']),
    );
  });

  it('export, inspect, restore, list and delete a safety copy, with progress events for each task', async () => {
    const { out, progress, call, picked } = await served();
    const path = join(out, 'us.age');
    const exported = await call('backup.export', { token: picked('save', path), passphrase: PASSPHRASE });
    expect(exported).toMatchObject({ ok: true, value: { fileName: 'us.age', summary: { entries: 2 } } });
    expect(JSON.stringify(exported)).not.toContain(out);
    const opened = picked('open', path);
    expect(await call('backup.inspect', { token: opened, passphrase: PASSPHRASE })).toMatchObject({ ok: true, value: { checkIns: 2 } });
    const restored = await call('backup.restore', { token: opened, passphrase: PASSPHRASE, mode: 'replace' });
    expect(restored).toMatchObject({ ok: true, value: { safetyCopy: { id: expect.stringMatching(/^journal-before-restore-/) } } });
    const id = (restored as { value: { safetyCopy: { id: string } } }).value.safetyCopy.id;
    expect(await call('backup.safetyCopies.list')).toMatchObject({ ok: true, value: [{ id }] });
    expect(await call('backup.safetyCopies.delete', { id })).toEqual({ ok: true, value: [] });

    for (const event of progress) Progress.parse(event);
    expect([...new Set(progress.map((p) => p.taskId))]).toEqual(['backup.export', 'backup.inspect', 'backup.restore']);
    expect(progress.filter((p) => p.taskId === 'backup.restore').map((p) => p.phase)).toEqual(
      expect.arrayContaining(['decrypting', 'checking', 'writing']),
    );
  });

  it('writes nowhere the page names: a path sent instead of a dialog token is refused, and no file appears', async () => {
    const { out, call } = await served();
    const chosenByPage = join(out, 'chosen-by-the-page.age');
    const answer = await call('backup.export', { path: chosenByPage, passphrase: PASSPHRASE });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(readdirSync(out)).toEqual([]);
  });

  it('a save token writes one backup; a forged, spent, expired or wrong-kind token touches no file', async () => {
    const { out, call, picked, later } = await served();
    const path = join(out, 'us.age');
    writeFileSync(join(out, 'older.age'), 'an older backup');
    const refused = { ok: false, error: { code: 'BACKUP_PATH_INVALID', message: expect.stringContaining('Choose') } };
    // A token nobody issued, in the right shape.
    expect(await call('backup.export', { token: 'A'.repeat(43), passphrase: PASSPHRASE })).toMatchObject(refused);
    // A token for a file to open cannot be used to write over it.
    const forOpening = picked('open', join(out, 'older.age'));
    expect(await call('backup.export', { token: forOpening, passphrase: PASSPHRASE })).toMatchObject(refused);
    // A refused try (too short a passphrase) leaves the token usable; a written backup spends it.
    const token = picked('save', path);
    expect(await call('backup.export', { token, passphrase: 'short' })).toMatchObject({ ok: false, error: { code: 'PASSPHRASE_TOO_SHORT' } });
    expect(await call('backup.export', { token, passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    const written = readdirSync(out).sort();
    expect(written).toEqual(['older.age', 'us.age']);
    expect(await call('backup.export', { token, passphrase: PASSPHRASE })).toMatchObject(refused);
    // Two calls with one token at once: one writes, the other is refused.
    const twice = picked('save', join(out, 'twice.age'));
    const answers = await Promise.all([1, 2].map(() => call('backup.export', { token: twice, passphrase: PASSPHRASE })));
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    // A token left too long expires.
    const stale = picked('save', join(out, 'stale.age'));
    later(TOKEN_LIFETIME_MS + 1);
    expect(await call('backup.export', { token: stale, passphrase: PASSPHRASE })).toMatchObject(refused);
    expect(existsSync(join(out, 'stale.age'))).toBe(false);
    expect(readdirSync(out).sort()).toEqual(['older.age', 'twice.age', 'us.age']);
  });

  it('an open token serves inspect (again after a wrong passphrase) and one restore, then is spent', async () => {
    const { out, call, picked } = await served();
    const path = join(out, 'us.age');
    expect(await call('backup.export', { token: picked('save', path), passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    const opened = picked('open', path);
    expect(await call('backup.inspect', { token: opened, passphrase: 'not the passphrase' })).toMatchObject({ ok: false, error: { code: 'BACKUP_WRONG_PASSPHRASE' } });
    expect(await call('backup.inspect', { token: opened, passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    expect(await call('backup.restore', { token: opened, passphrase: PASSPHRASE, mode: 'replace' })).toMatchObject({ ok: true });
    expect(await call('backup.restore', { token: opened, passphrase: PASSPHRASE, mode: 'replace' })).toMatchObject({
      ok: false,
      error: { code: 'BACKUP_PATH_INVALID' },
    });
    expect(await call('backup.inspect', { token: opened, passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'BACKUP_PATH_INVALID' } });
    // A save token does not open a file.
    expect(await call('backup.inspect', { token: picked('save', path), passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'BACKUP_PATH_INVALID' } });
  });

  it('answers bad requests with a code and a sentence, writing nothing', async () => {
    const { hearth, out, call, picked } = await served();
    const path = join(out, 'us.age');
    // main/core still checks the path behind a token.
    expect(await call('backup.export', { token: picked('save', 'us.age'), passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'BACKUP_PATH_INVALID' } });
    expect(await call('backup.export', { token: picked('save', join(out, 'us.zip')), passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'BACKUP_PATH_INVALID' } });
    const token = picked('save', path);
    expect(await call('backup.export', { token, passphrase: 'short' })).toMatchObject({ ok: false, error: { code: 'PASSPHRASE_TOO_SHORT' } });
    for (const input of [{ token, passphrase: '' }, { token, passphrase: PASSPHRASE, extra: 1 }, { token: `${token}/`, passphrase: PASSPHRASE }, { token, path, passphrase: PASSPHRASE }, undefined]) {
      expect(await call('backup.export', input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(await call('backup.restore', { token: picked('open', path), passphrase: PASSPHRASE, mode: 'merge' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await call('backup.safetyCopies.delete', { id: '../vault.json' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(readdirSync(out)).toEqual([]);

    hearth.lock();
    for (const channel of ['backup.inspect', 'backup.restore', 'backup.export'] as const) {
      const token = picked(channel === 'backup.export' ? 'save' : 'open', path);
      expect(await call(channel, { token, passphrase: PASSPHRASE, ...(channel === 'backup.restore' ? { mode: 'replace' } : {}) })).toMatchObject({
        ok: false,
        error: { code: 'LOCKED' },
      });
    }
    expect(await call('backup.safetyCopies.list')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});
