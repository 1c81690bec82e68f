import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHearth } from '../../../../src/main/core/hearth';
import { createHandlers } from '../../../../src/main/core/handlers';
import { dispatch } from '../../../../src/main/core/ipc/dispatch';
import { createMemoryKeychain } from '../../../support/memory-keychain';
import { FAST_KDF } from '../../../support/fast-kdf';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();

describe('settings', () => {
  it('default to locking after five idle minutes, and keep a change across a restart', async () => {
    const dataDir = join(tempDir(), 'journal');
    const keychain = createMemoryKeychain();
    const hearth = createHearth({ dataDir, keychain, kdf: FAST_KDF });
    await hearth.setup(['Ada', 'Bo']);
    const handlers = createHandlers(hearth);
    expect(await handlers['settings.get'](undefined)).toEqual({ autoLockMinutes: 5 });
    expect(await handlers['settings.update']({ autoLockMinutes: 15 })).toEqual({ autoLockMinutes: 15 });
    hearth.lock();
    const again = createHearth({ dataDir, keychain, kdf: FAST_KDF });
    await again.unlock();
    expect(await createHandlers(again)['settings.get'](undefined)).toEqual({ autoLockMinutes: 15 });
  });

  it('refuse an idle time that is not one of the offered choices, and are unreadable while locked', async () => {
    const hearth = createHearth({ dataDir: join(tempDir(), 'journal'), keychain: createMemoryKeychain(), kdf: FAST_KDF });
    await hearth.setup(['Ada', 'Bo']);
    const handlers = createHandlers(hearth);
    expect(await dispatch(handlers, 'settings.update', { autoLockMinutes: 7 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await handlers['settings.get'](undefined)).toEqual({ autoLockMinutes: 5 });
    hearth.lock();
    expect(await dispatch(handlers, 'settings.get', undefined)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});
