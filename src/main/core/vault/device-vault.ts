import { randomBytes, randomUUID } from 'node:crypto';
import { HearthError } from '../errors';
import type { Keychain } from './keychain';
import { deriveWrapKey, KEY_BYTES, unwrapKey, wrapKey } from './wrap';
import { VAULT_FORMAT, VAULT_VERSION, type VaultFile } from './vault-file';

export interface NewVault {
  vault: VaultFile;
  dek: Buffer;
}

/**
 * Makes the keys of a new journal: a random database key (DEK) wrapped under a random
 * device key, which goes into the OS keychain. The keychain is written first: if it is
 * missing, this throws before anything exists anywhere.
 */
export async function createDeviceVault(
  keychain: Keychain,
  now: Date,
  random: (n: number) => Buffer = randomBytes,
): Promise<NewVault> {
  const journalId = randomUUID();
  const dek = random(KEY_BYTES);
  const deviceKey = random(KEY_BYTES);
  const deviceSalt = random(32);
  await keychain.set(journalId, deviceKey);
  const wrap = wrapKey(dek, deriveWrapKey(deviceKey, deviceSalt, 'device'), journalId, 'device', random);
  deviceKey.fill(0);
  return {
    dek,
    vault: {
      format: VAULT_FORMAT,
      version: VAULT_VERSION,
      journalId,
      createdAt: now.toISOString(),
      lockMode: 'device',
      deviceSalt: deviceSalt.toString('base64'),
      wraps: [wrap],
    },
  };
}

/** Finds the device key in the keychain and unwraps the DEK with it. */
export async function unlockWithDevice(keychain: Keychain, vault: VaultFile): Promise<Buffer> {
  const wrap = vault.wraps.find((w) => w.kind === 'device');
  if (!wrap) {
    throw new HearthError('WRONG_KEY', 'This journal needs its passphrase to open.');
  }
  const deviceKey = await keychain.get(vault.journalId);
  if (!deviceKey) {
    throw new HearthError(
      'DEVICE_KEY_MISSING',
      "This computer's keychain no longer holds the key to this journal. " +
        'Open it with your recovery code, or restore a backup. Nothing was changed.',
    );
  }
  const dek = unwrapKey(wrap, deriveWrapKey(deviceKey, Buffer.from(vault.deviceSalt, 'base64'), 'device'), vault.journalId);
  deviceKey.fill(0);
  if (!dek) {
    throw new HearthError(
      'WRONG_KEY',
      "The key in this computer's keychain does not open this journal. Nothing was changed. " +
        'Open it with your recovery code, or restore a backup.',
    );
  }
  return dek;
}
