import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { inlineRunner, workerRunner } from '../../../../../src/main/core/backup/run-task';
import { useTempDirs } from '../../../../support/temp-dir';

const tempDir = useTempDirs();

describe('running backup tasks', () => {
  it('in a worker thread, a named failure comes back with its code and sentence', async () => {
    const missing = join(tempDir(), 'missing.age');
    const task = { kind: 'inspect' as const, file: missing, passphrase: 'x' };
    await expect(workerRunner()(task, () => {})).rejects.toMatchObject({ code: 'BACKUP_UNREADABLE', message: expect.stringMatching(/^Hearth could not read/) });
    await expect(inlineRunner(task, () => {})).rejects.toMatchObject({ code: 'BACKUP_UNREADABLE' });
  });

  it('a worker that cannot start, or dies, is an INTERNAL failure with a sentence, not a hang', async () => {
    const task = { kind: 'inspect' as const, file: '/nowhere.age', passphrase: 'x' };
    const cannotStart = workerRunner(() => {
      throw new Error('no worker file in this build');
    });
    await expect(cannotStart(task, () => {})).rejects.toMatchObject({ code: 'INTERNAL' });
    const dies = workerRunner((options) => new Worker('process.exit(3)', { ...options, eval: true }));
    await expect(dies(task, () => {})).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringMatching(/Nothing was changed/) });
  });
});
