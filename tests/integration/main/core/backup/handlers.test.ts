import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupHandlers, inlineRunner } from '../../../../../src/main/core/backup';
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
  const handlers = {
    ...createHandlers(hearth),
    ...backupHandlers(hearth, { runner: inlineRunner, workFactor: 2, onProgress: (p) => progress.push(p) }),
  };
  const out = join(dir, 'out');
  mkdirSync(out);
  /** A call as the renderer makes it: validated input, a Result back, output checked against the contract. */
  const call = async (channel: Channel, input?: unknown) => {
    const result = await dispatch(handlers, channel, input);
    if (result.ok) contract[channel].output.parse(result.value);
    return result;
  };
  return { hearth, out, progress, call };
}

describe('the backup channels', () => {
  it('are named in the channel list', () => {
    expect(CHANNELS).toEqual(
      expect.arrayContaining(['backup.export', 'backup.inspect', 'backup.restore', 'backup.safetyCopies.list', 'backup.safetyCopies.delete']),
    );
  });

  it('export, inspect, restore, list and delete a safety copy, with progress events for each task', async () => {
    const { out, progress, call } = await served();
    const path = join(out, 'us.age');
    const exported = await call('backup.export', { path, passphrase: PASSPHRASE });
    expect(exported).toMatchObject({ ok: true, value: { path, summary: { entries: 2 } } });
    expect(await call('backup.inspect', { path, passphrase: PASSPHRASE })).toMatchObject({ ok: true, value: { checkIns: 2 } });
    const restored = await call('backup.restore', { path, passphrase: PASSPHRASE, mode: 'replace' });
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

  it('answers bad requests with a code and a sentence, writing nothing', async () => {
    const { hearth, out, call } = await served();
    const path = join(out, 'us.age');
    expect(await call('backup.export', { path: 'us.age', passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'BACKUP_PATH_INVALID' } });
    expect(await call('backup.export', { path: join(out, 'us.zip'), passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'BACKUP_PATH_INVALID' } });
    expect(await call('backup.export', { path, passphrase: 'short' })).toMatchObject({ ok: false, error: { code: 'PASSPHRASE_TOO_SHORT' } });
    for (const input of [{ path, passphrase: '' }, { path, passphrase: PASSPHRASE, extra: 1 }, { path: `${out}/a\0.age`, passphrase: PASSPHRASE }, undefined]) {
      expect(await call('backup.export', input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(await call('backup.restore', { path, passphrase: PASSPHRASE, mode: 'merge' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await call('backup.safetyCopies.delete', { id: '../vault.json' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(readdirSync(out)).toEqual([]);

    hearth.lock();
    for (const channel of ['backup.inspect', 'backup.restore', 'backup.export'] as const) {
      expect(await call(channel, { path, passphrase: PASSPHRASE, ...(channel === 'backup.restore' ? { mode: 'replace' } : {}) })).toMatchObject({
        ok: false,
        error: { code: 'LOCKED' },
      });
    }
    expect(await call('backup.safetyCopies.list')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});
