import type { Keychain } from '../../src/main/core/vault/keychain';

/** For unit tests of code above the keychain only; integration tests use gnome-keyring. */
export function createMemoryKeychain(): Keychain & { items: Map<string, Buffer> } {
  const items = new Map<string, Buffer>();
  return {
    items,
    get: async (account) => (items.has(account) ? Buffer.from(items.get(account)!) : null),
    set: async (account, secret) => {
      items.set(account, Buffer.from(secret));
    },
    delete: async (account) => items.delete(account),
  };
}
