export { createOsKeychain, keychainError, KEYCHAIN_SERVICE, type Keychain } from './keychain';
export { createVault, unwrapDek, rewrapLock, rewrapRecovery, type LockChoice, type Secret, type KeyDeps } from './keys';
export { calibrateScrypt, type ScryptParams } from './kdf';
export { generateRecoveryCode, parseRecoveryCode } from './recovery-code';
export { readVaultFile, writeVaultFile, VAULT_FILE, VAULT_VERSION, type VaultFile } from './vault-file';
