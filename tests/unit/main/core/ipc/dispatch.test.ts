import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../../../src/main/core/handlers';
import { dispatch } from '../../../../../src/main/core/ipc/dispatch';
import { HearthError } from '../../../../../src/main/core/errors';
import { openTestJournal } from '../../../../support/journal';
import { useTempDirs } from '../../../../support/temp-dir';

const tempDir = useTempDirs();

async function openJournal() {
  const { hearth } = await openTestJournal(tempDir(), { clock: () => Date.UTC(2026, 10, 26, 9) });
  const handlers = createHandlers(hearth);
  return { hearth, handlers };
}

describe('dispatch: the one gate every request passes', () => {
  it('answers a valid request with its value', async () => {
    const { handlers } = await openJournal();
    const result = await dispatch(handlers, 'entries.create', { author: 'both', body: 'Dinner on the balcony', tags: ['us'] });
    expect(result).toMatchObject({ ok: true, value: { author: 'both', body: 'Dinner on the balcony', tags: ['us'], day: '2026-11-26' } });
  });

  it('refuses unknown channels, including ones that live on Object.prototype', async () => {
    const { handlers } = await openJournal();
    for (const channel of ['entries.drop', 'constructor', '__proto__', 'toString', 42, null]) {
      const result = await dispatch(handlers, channel, undefined);
      expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'UNKNOWN_CHANNEL' }) });
    }
  });

  it('refuses malformed input with INVALID_INPUT, without echoing it and without saving anything', async () => {
    const { hearth, handlers } = await openJournal();
    const log = vi.fn();
    const secret = 'secret-words-that-must-not-echo';
    for (const input of [
      { author: 'c', body: secret },
      { author: 'a', body: secret, extra: true },
      { author: 'a', body: '   ' },
      { author: 'a', body: secret, mood: 9 },
      { author: 'a', body: 'x'.repeat(100_001) },
      JSON.parse(`{"author":"a","body":"${secret}","__proto__":{"polluted":true}}`),
      [secret],
    ]) {
      const result = await dispatch(handlers, 'entries.create', input, log);
      expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'INVALID_INPUT' }) });
      expect(JSON.stringify(result)).not.toContain(secret);
    }
    expect(JSON.stringify(log.mock.calls)).not.toContain(secret);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await dispatch(handlers, 'journal.summary', undefined))).toMatchObject({ ok: true, value: { entryCount: 0 } });
    hearth.lock();
  });

  it('turns a named failure into its code and sentence, and a surprise into INTERNAL without its message', async () => {
    const { handlers, hearth } = await openJournal();
    hearth.lock();
    expect(await dispatch(handlers, 'journal.summary', undefined)).toEqual({
      ok: false,
      error: { code: 'LOCKED', message: expect.stringMatching(/locked/) },
    });
    const failing = {
      ...handlers,
      'journal.summary': () => {
        throw new Error('SQLITE_ERROR near "private journal text"');
      },
      'app.status': () => {
        throw new HearthError('KEYCHAIN_LOCKED', 'The keychain is locked.');
      },
    };
    const log = vi.fn();
    const surprise = await dispatch(failing, 'journal.summary', undefined, log);
    expect(surprise).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(surprise)).not.toContain('private journal text');
    expect(JSON.stringify(log.mock.calls)).not.toContain('private journal text');
    expect(await dispatch(failing, 'app.status', undefined)).toEqual({
      ok: false,
      error: { code: 'KEYCHAIN_LOCKED', message: 'The keychain is locked.' },
    });
  });
});
