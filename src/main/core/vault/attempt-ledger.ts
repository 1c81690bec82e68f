import type { AttemptLedger } from './attempts';
import type { Keychain } from './keychain';
import { vaultSealState, withAttemptCounts } from './keys';
import { readVaultFile, writeVaultFile, type VaultFile } from './vault-file';

/**
 * Wrong-try counts kept in vault.json, under the vault's MAC (keyed by the device key), so a
 * restart does not forget them and an edit to them is noticed: a vault whose MAC fails is
 * read as 'tampered' (the longest wait) and never sealed again here, which would bless the
 * edit. Without this computer's device key (the recovery code used elsewhere) nothing can be
 * checked or sealed, so the counts live in memory only; see SECURITY.md.
 */
export function createVaultAttemptLedger(vaultPath: string, keychain: Keychain): AttemptLedger {
  /** The vault and its device key when its seal is good, 'tampered' when it is not, or null when it cannot be checked. */
  const sealed = async <T>(use: (vault: VaultFile, deviceKey: Buffer) => T): Promise<T | 'tampered' | null> => {
    let vault: VaultFile | null;
    try {
      vault = readVaultFile(vaultPath);
    } catch {
      return null; // a damaged or future vault: unlock says so itself
    }
    if (!vault) return null;
    const deviceKey = await keychain.get(vault.journalId).catch(() => null);
    if (!deviceKey) return null;
    try {
      const state = vaultSealState(vault, deviceKey);
      if (state === 'tampered') return 'tampered';
      if (state === 'wrong-key') return null;
      return use(vault, deviceKey);
    } finally {
      deviceKey.fill(0);
    }
  };

  return {
    read: async (kind) => {
      const found = await sealed((vault) => vault.attempts?.[kind] ?? { failures: 0, lastFailureAt: 0 });
      return found;
    },
    write: async (kind, count) => {
      const done = await sealed((vault, deviceKey) => {
        const { [kind]: _old, ...others } = vault.attempts ?? {};
        const attempts = count && count.failures > 0 ? { ...others, [kind]: count } : others;
        writeVaultFile(vaultPath, withAttemptCounts(vault, deviceKey, attempts));
        return true;
      });
      return done === true;
    },
  };
}
