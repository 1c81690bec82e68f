import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../../src/main/core/handlers';
import { dispatch } from '../../../../../src/main/core/ipc/dispatch';
import { openTestJournal } from '../../../../support/journal';
import { useTempDirs } from '../../../../support/temp-dir';

const tempDir = useTempDirs();

async function freshJournal() {
  const { dataDir, hearth } = await openTestJournal(tempDir(), { setup: false, sleep: async () => {} });
  return { dataDir, hearth, handlers: createHandlers(hearth) };
}

describe('setup.create', () => {
  it('creates the journal locked as chosen and hands back the recovery code, this once', async () => {
    const { hearth, handlers } = await freshJournal();
    const created = await dispatch(handlers, 'setup.create', {
      partners: ['Ada', 'Bo'],
      lock: { lockMode: 'device+passphrase', passphrase: 'the kettle sings at seven' },
    });
    expect(created).toEqual({
      ok: true,
      value: {
        status: { state: 'open', lockMode: 'device+passphrase', mustChooseLock: false },
        recoveryCode: expect.stringMatching(/^([0-9A-HJKMNP-TV-Z]{5}-){4}[0-9A-HJKMNP-TV-Z]{5}$/),
      },
    });
    const { recoveryCode } = (created as { value: { recoveryCode: string } }).value;

    hearth.lock();
    expect(await dispatch(handlers, 'vault.unlock', undefined)).toMatchObject({ ok: false, error: { code: 'PASSPHRASE_REQUIRED' } });
    expect(await dispatch(handlers, 'vault.unlock', { method: 'passphrase', passphrase: 'the kettle sings at seven' })).toMatchObject({
      ok: true,
      value: { state: 'open' },
    });
    hearth.lock();
    // As a person might type it from the printed sheet: lower case, spaces for dashes.
    const typed = recoveryCode.toLowerCase().replaceAll('-', ' ');
    expect(await dispatch(handlers, 'vault.unlock', { method: 'recovery', code: typed })).toMatchObject({
      ok: true,
      value: { state: 'open', mustChooseLock: true },
    });
  });

  it('opens without typing in device mode', async () => {
    const { hearth, handlers } = await freshJournal();
    const created = await dispatch(handlers, 'setup.create', { partners: ['Ada', 'Bo'], lock: { lockMode: 'device' } });
    expect(created).toMatchObject({ ok: true, value: { status: { state: 'open', lockMode: 'device' } } });
    hearth.lock();
    expect(await dispatch(handlers, 'vault.unlock', undefined)).toMatchObject({ ok: true, value: { state: 'open' } });
  });

  it('refuses a passphrase under 8 characters with a sentence, and makes nothing', async () => {
    const { dataDir, handlers } = await freshJournal();
    const answer = await dispatch(handlers, 'setup.create', {
      partners: ['Ada', 'Bo'],
      lock: { lockMode: 'device+passphrase', passphrase: 'short' },
    });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'PASSPHRASE_TOO_SHORT', message: 'A passphrase needs at least 8 characters; a short sentence works well.' },
    });
    expect(existsSync(join(dataDir, 'vault.json'))).toBe(false);
    expect(await dispatch(handlers, 'app.status', undefined)).toMatchObject({ ok: true, value: { state: 'needs-setup' } });
  });
  it('refuses two partners with the same name (ignoring capitals and spaces), and makes nothing', async () => {
    const { dataDir, handlers } = await freshJournal();
    const answer = await dispatch(handlers, 'setup.create', { partners: ['Ada', ' a DA '], lock: { lockMode: 'device' } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(existsSync(join(dataDir, 'vault.json'))).toBe(false);
    expect(await dispatch(handlers, 'app.status', undefined)).toMatchObject({ ok: true, value: { state: 'needs-setup' } });
  });
});
