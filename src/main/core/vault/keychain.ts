import { AsyncEntry } from '@napi-rs/keyring';
import type { HearthError } from '../errors';
import { vaultError } from './errors';

/** Where the device key lives. The OS keychain in the app; an in-memory one only in unit tests. */
export interface Keychain {
  get(account: string): Promise<Buffer | null>;
  set(account: string, secret: Buffer): Promise<void>;
  /** True when an item was removed. */
  delete(account: string): Promise<boolean>;
}

export const KEYCHAIN_SERVICE = 'Hearth';

/** Turns the many ways a Secret Service can be missing into one named, explained error. */
export function keychainError(cause: unknown): HearthError {
  const text = cause instanceof Error ? cause.message : String(cause);
  if (/dismissed|locked|cancel/i.test(text)) {
    return vaultError.keychainLocked(cause);
  }
  return vaultError.keychainUnavailable(cause);
}

/**
 * The OS keychain through @napi-rs/keyring. On Linux it is pinned to the Secret Service:
 * the library's default would silently fall back to the kernel keyring, which forgets
 * the key at reboot and with it the journal.
 */
export function createOsKeychain(service = KEYCHAIN_SERVICE): Keychain {
  const entry = (account: string) =>
    new AsyncEntry(service, account, { linux: { store: 'secret-service' } });
  const attempt = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (cause) {
      throw keychainError(cause);
    }
  };
  return {
    get: (account) =>
      attempt(async () => {
        const value = await entry(account).getPassword();
        return value == null ? null : Buffer.from(value, 'base64');
      }),
    set: (account, secret) =>
      attempt(() => entry(account).setPassword(secret.toString('base64'))),
    delete: (account) => attempt(() => entry(account).deleteCredential()),
  };
}
