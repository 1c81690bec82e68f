import { join } from 'node:path';
import { createHandlers } from '../../../../../src/main/core/handlers';
import { createHearth, type HearthDeps } from '../../../../../src/main/core/hearth';
import { createOsKeychain } from '../../../../../src/main/core/vault/keychain';
import { FAST_KDF } from '../../../../support/fast-kdf';

export const MARKER = 'private-marker-QJ8W-ñandú-🌒-only-for-me';
export const A_PASSPHRASE = 'the heron waits by the reeds';
export const B_PASSPHRASE = 'quiet lanterns over water';
export const JOURNAL_PASSPHRASE = 'our shared journal passphrase';
export const noWait = async () => {};

/** A journal in passphrase mode with the real keychain, and its handler table (what IPC answers). */
export async function journalAt(dir: string, extra: Partial<HearthDeps> = {}) {
  const dataDir = join(dir, 'journal');
  const hearth = createHearth({ dataDir, keychain: createOsKeychain(), kdf: FAST_KDF, sleep: noWait, ...extra });
  const { recoveryCode } = await hearth.setup(['Ada', 'Bo'], { lockMode: 'device+passphrase', passphrase: JOURNAL_PASSPHRASE });
  return { dataDir, hearth, handlers: createHandlers(hearth), recoveryCode };
}

/** The same folder opened again, as after a restart. */
export function reopen(dataDir: string, extra: Partial<HearthDeps> = {}) {
  const hearth = createHearth({ dataDir, keychain: createOsKeychain(), kdf: FAST_KDF, sleep: noWait, ...extra });
  return { hearth, handlers: createHandlers(hearth) };
}
