import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPrivateKey, unwrapPrivateKey } from '../../../../../src/main/core/private/keys';
import { FAST_KDF } from '../../../../support/fast-kdf';

const PASSPHRASE = 'the heron waits by the reeds';
const deps = { kdf: FAST_KDF };

async function page(slot: 'a' | 'b' = 'a', withRecoveryCode = true) {
  return createPrivateKey(deps, { journalId: randomUUID(), slot, passphrase: PASSPHRASE, withRecoveryCode, now: new Date() });
}

describe('a private page key', () => {
  it('comes back only with its own passphrase or its own recovery code', async () => {
    const made = await page();
    expect(made.key).toHaveLength(32);
    expect(await unwrapPrivateKey(made.file, { method: 'passphrase', passphrase: PASSPHRASE })).toEqual(made.key);
    expect(await unwrapPrivateKey(made.file, { method: 'recovery', code: made.recoveryCode! })).toEqual(made.key);
    await expect(unwrapPrivateKey(made.file, { method: 'passphrase', passphrase: `${PASSPHRASE}.` })).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    // The recovery code typed as a passphrase is just a wrong passphrase.
    await expect(unwrapPrivateKey(made.file, { method: 'passphrase', passphrase: made.recoveryCode! })).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
  });

  it('is bound to its journal, its partner and its kind: a moved wrap opens nothing', async () => {
    const made = await page();
    const other = await page('b');
    const tries = [
      { ...made.file, journalId: other.file.journalId },
      { ...made.file, slot: 'b' as const },
      { ...made.file, passphrase: made.file.recovery! },
    ];
    for (const file of tries) {
      await expect(unwrapPrivateKey(file, { method: 'passphrase', passphrase: PASSPHRASE })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    }
    // The same passphrase on another page: its key is its own.
    const b = await unwrapPrivateKey(other.file, { method: 'passphrase', passphrase: PASSPHRASE });
    expect(b.equals(made.key)).toBe(false);
  });

  it('has no recovery code unless asked, and refuses a short passphrase before making anything', async () => {
    const made = await page('a', false);
    expect(made.recoveryCode).toBeNull();
    expect(made.file.recovery).toBeUndefined();
    await expect(
      createPrivateKey(deps, { journalId: randomUUID(), slot: 'a', passphrase: 'short', withRecoveryCode: false, now: new Date() }),
    ).rejects.toMatchObject({ code: 'PASSPHRASE_TOO_SHORT' });
  });
});
