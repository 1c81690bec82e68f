import { createHandlers } from '../../../../../src/main/core/handlers';
import { createOsKeychain } from '../../../../../src/main/core/vault/keychain';
import { createTestHearth, openTestJournal, type TestHearthDeps } from '../../../../support/journal';

export const MARKER = 'private-marker-QJ8W-ñandú-🌒-only-for-me';
export const A_PASSPHRASE = 'the heron waits by the reeds';
export const B_PASSPHRASE = 'quiet lanterns over water';
export const JOURNAL_PASSPHRASE = 'our shared journal passphrase';
export const noWait = async () => {};

/** A journal in passphrase mode with the real keychain, and its handler table (what IPC answers). */
export async function journalAt(dir: string, extra: TestHearthDeps = {}) {
  const { dataDir, hearth, recoveryCode } = await openTestJournal(dir, {
    keychain: createOsKeychain(),
    sleep: noWait,
    ...extra,
    lock: { lockMode: 'device+passphrase', passphrase: JOURNAL_PASSPHRASE },
  });
  return { dataDir, hearth, handlers: createHandlers(hearth), recoveryCode };
}

/** The same folder opened again, as after a restart. */
export function reopen(dataDir: string, extra: TestHearthDeps = {}) {
  const hearth = createTestHearth(dataDir, { keychain: createOsKeychain(), sleep: noWait, ...extra });
  return { hearth, handlers: createHandlers(hearth) };
}
