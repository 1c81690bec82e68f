export { createOsKeychain, keychainError, KEYCHAIN_SERVICE, type Keychain } from './keychain';
export { createDeviceVault, unlockWithDevice } from './device-vault';
export { readVaultFile, writeVaultFile, VAULT_FILE, VAULT_VERSION, type VaultFile } from './vault-file';
