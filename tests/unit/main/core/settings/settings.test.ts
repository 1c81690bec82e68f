import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../../src/main/core/handlers';
import { dispatch } from '../../../../../src/main/core/ipc/dispatch';
import { openTestJournal, reopenTestJournal } from '../../../../support/journal';
import { useTempDirs } from '../../../../support/temp-dir';

const tempDir = useTempDirs();

describe('settings', () => {
  it('default to locking after five idle minutes, and keep a change across a restart', async () => {
    const { hearth, dataDir } = await openTestJournal(tempDir());
    const handlers = createHandlers(hearth);
    expect(await handlers['settings.get'](undefined)).toEqual({ autoLockMinutes: 5 });
    expect(await handlers['settings.update']({ autoLockMinutes: 15 })).toEqual({ autoLockMinutes: 15 });
    hearth.lock();
    const again = await reopenTestJournal(dataDir);
    expect(await createHandlers(again)['settings.get'](undefined)).toEqual({ autoLockMinutes: 15 });
  });

  it('refuse an idle time that is not one of the offered choices, and are unreadable while locked', async () => {
    const { hearth } = await openTestJournal(tempDir());
    const handlers = createHandlers(hearth);
    expect(await dispatch(handlers, 'settings.update', { autoLockMinutes: 7 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await handlers['settings.get'](undefined)).toEqual({ autoLockMinutes: 5 });
    hearth.lock();
    expect(await dispatch(handlers, 'settings.get', undefined)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});
