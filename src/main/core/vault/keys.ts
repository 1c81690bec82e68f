import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { HearthError } from '../errors';
import { vaultError } from './errors';
import type { Keychain } from './keychain';
import { calibrateScrypt, stretch, withSecretBytes, type ScryptParams } from './kdf';
import { generateRecoveryCode, parseRecoveryCode } from './recovery-code';
import { deriveWrapKey, KEY_BYTES, unwrapKey, wrapKey, type WrappedKey } from './wrap';
import { VAULT_FORMAT, VAULT_VERSION, type VaultFile } from './vault-file';

/**
 * The key hierarchy of DESIGN.md section 4. A random database key (DEK) is wrapped:
 *  - 'device': under HKDF(device key), the device key living in the OS keychain;
 *  - 'device+passphrase': under HKDF(device key || scrypt(passphrase)), for a shared computer;
 *  - 'recovery': under scrypt(recovery code), to open it anywhere or when the passphrase is lost.
 * Changing any of these rewraps the DEK; the database itself is never re-encrypted.
 */

export type LockChoice = { lockMode: 'device' } | { lockMode: 'device+passphrase'; passphrase: string };

export interface KeyDeps {
  keychain: Keychain;
  random?: (n: number) => Buffer;
  /** The scrypt cost; measured on this machine unless a test fixes it. */
  kdf?: () => Promise<Omit<ScryptParams, 'salt'>>;
}

const b64 = (bytes: Buffer) => bytes.toString('base64');
const fromB64 = (text: string) => Buffer.from(text, 'base64');

type KdfCost = Omit<ScryptParams, 'salt'>;

async function kdfCost(deps: KeyDeps): Promise<KdfCost> {
  if (deps.kdf) return deps.kdf();
  const { salt: _salt, ...cost } = (await calibrateScrypt()).params;
  return cost;
}

const withSalt = (deps: KeyDeps, cost: KdfCost): ScryptParams => ({ ...cost, salt: b64((deps.random ?? randomBytes)(16)) });

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

/** A check value of the device key, so "this keychain holds another key" is told apart from "this file was edited". */
const deviceCheckOf = (deviceKey: Buffer, deviceSalt: Buffer) =>
  b64(deriveWrapKey(deviceKey, deviceSalt, 'device-check'));

/** Seals the vault with a MAC under the device key: an edit by anything but Hearth is refused by name. */
function sealVault(vault: Omit<VaultFile, 'deviceCheck' | 'mac'>, deviceKey: Buffer): VaultFile {
  const deviceSalt = fromB64(vault.deviceSalt);
  const body = { ...vault, deviceCheck: deviceCheckOf(deviceKey, deviceSalt) };
  const macKey = deriveWrapKey(deviceKey, deviceSalt, 'vault-mac');
  return { ...body, mac: b64(createHmac('sha256', macKey).update(canonical(body)).digest()) };
}

function verifyVault(vault: VaultFile, deviceKey: Buffer): void {
  const deviceSalt = fromB64(vault.deviceSalt);
  if (!safeEqual(deviceCheckOf(deviceKey, deviceSalt), vault.deviceCheck)) throw vaultError.keyMismatch();
  const { mac, ...body } = vault;
  const macKey = deriveWrapKey(deviceKey, deviceSalt, 'vault-mac');
  if (!safeEqual(b64(createHmac('sha256', macKey).update(canonical(body)).digest()), mac)) throw vaultError.tampered();
}

/** How far a vault's MAC can be trusted with this device key: attempt counts are kept only under a good one. */
export function vaultSealState(vault: VaultFile, deviceKey: Buffer): 'ok' | 'wrong-key' | 'tampered' {
  try {
    verifyVault(vault, deviceKey);
    return 'ok';
  } catch (error) {
    return error instanceof HearthError && error.code === 'WRONG_KEY' ? 'wrong-key' : 'tampered';
  }
}

/** The same vault with new wrong-try counts, sealed again. Only for a vault whose seal was just checked. */
export function withAttemptCounts(vault: VaultFile, deviceKey: Buffer, attempts: VaultFile['attempts']): VaultFile {
  const { deviceCheck: _check, mac: _mac, attempts: _old, ...rest } = vault;
  return sealVault({ ...rest, ...(attempts && Object.keys(attempts).length > 0 ? { attempts } : {}) }, deviceKey);
}

const safeEqual = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

function concatKeys(deviceKey: Buffer, stretched: Buffer): Buffer {
  return Buffer.concat([deviceKey, stretched]);
}

/** Builds the lock-mode wrap (device or device+passphrase) of a DEK. */
async function lockWrap(
  deps: KeyDeps,
  dek: Buffer,
  deviceKey: Buffer,
  deviceSalt: Buffer,
  journalId: string,
  choice: LockChoice,
  cost: KdfCost,
): Promise<{ wrap: WrappedKey; passphraseKdf?: ScryptParams }> {
  if (choice.lockMode === 'device') {
    return { wrap: wrapKey(dek, deriveWrapKey(deviceKey, deviceSalt, 'device'), journalId, 'device', deps.random) };
  }
  const passphraseKdf = withSalt(deps, cost);
  const stretched = await withSecretBytes(choice.passphrase, (bytes) => stretch(bytes, passphraseKdf));
  const ikm = concatKeys(deviceKey, stretched);
  const wrap = wrapKey(dek, deriveWrapKey(ikm, deviceSalt, 'device+passphrase'), journalId, 'device+passphrase', deps.random);
  ikm.fill(0);
  stretched.fill(0);
  return { wrap, passphraseKdf };
}

async function recoveryWrap(deps: KeyDeps, dek: Buffer, journalId: string, code: string, cost: KdfCost) {
  const recoveryKdf = withSalt(deps, cost);
  const stretched = await withSecretBytes(code, (bytes) => stretch(bytes, recoveryKdf));
  const wrap = wrapKey(dek, deriveWrapKey(stretched, fromB64(recoveryKdf.salt), 'recovery'), journalId, 'recovery', deps.random);
  stretched.fill(0);
  return { wrap, recoveryKdf };
}

export interface NewVault {
  vault: VaultFile;
  dek: Buffer;
  recoveryCode: string;
}

/** A new journal's keys. The device key goes into the keychain first: if that fails, nothing exists anywhere. */
export async function createVault(deps: KeyDeps, choice: LockChoice, now: Date): Promise<NewVault> {
  const random = deps.random ?? randomBytes;
  const journalId = randomUUID();
  const dek = random(KEY_BYTES);
  const deviceKey = random(KEY_BYTES);
  const deviceSalt = random(32);
  await deps.keychain.set(journalId, deviceKey);
  const recoveryCode = generateRecoveryCode(random);
  const cost = await kdfCost(deps);
  const lock = await lockWrap(deps, dek, deviceKey, deviceSalt, journalId, choice, cost);
  const recovery = await recoveryWrap(deps, dek, journalId, recoveryCode, cost);
  const vault = sealVault(
    {
      format: VAULT_FORMAT,
      version: VAULT_VERSION,
      journalId,
      createdAt: now.toISOString(),
      lockMode: choice.lockMode,
      deviceSalt: b64(deviceSalt),
      wraps: [lock.wrap, recovery.wrap],
      kdf: { ...(lock.passphraseKdf ? { passphrase: lock.passphraseKdf } : {}), recovery: recovery.recoveryKdf },
    },
    deviceKey,
  );
  deviceKey.fill(0);
  return { dek, recoveryCode, vault };
}

const wrapOf = (vault: VaultFile, kind: WrappedKey['kind']) => vault.wraps.find((w) => w.kind === kind);

async function deviceKeyOf(keychain: Keychain, vault: VaultFile): Promise<Buffer> {
  const deviceKey = await keychain.get(vault.journalId);
  if (!deviceKey) {
    throw vaultError.deviceKeyMissing();
  }
  return deviceKey;
}

export type Secret =
  | { method: 'device' }
  | { method: 'passphrase'; passphrase: string }
  | { method: 'recovery'; code: string };

/** Unwraps the DEK with the given secret, or throws a named error that changes nothing. */
export async function unwrapDek(keychain: Keychain, vault: VaultFile, secret: Secret): Promise<Buffer> {
  if (secret.method === 'recovery') {
    const parsed = parseRecoveryCode(secret.code);
    if (!parsed.ok) {
      throw vaultError.recoveryCodeTypo(parsed.reason);
    }
    const params = vault.kdf.recovery;
    const stretched = await withSecretBytes(parsed.canonical, (bytes) => stretch(bytes, params));
    const dek = unwrapKey(wrapOf(vault, 'recovery')!, deriveWrapKey(stretched, fromB64(params.salt), 'recovery'), vault.journalId);
    stretched.fill(0);
    if (!dek) throw vaultError.wrongRecoveryCode();
    return dek;
  }
  if (secret.method === 'device') {
    if (vault.lockMode !== 'device') {
      throw vaultError.passphraseRequired();
    }
    const deviceKey = await deviceKeyOf(keychain, vault);
    verifyVault(vault, deviceKey);
    const dek = unwrapKey(wrapOf(vault, 'device')!, deriveWrapKey(deviceKey, fromB64(vault.deviceSalt), 'device'), vault.journalId);
    deviceKey.fill(0);
    if (!dek) throw vaultError.tampered();
    return dek;
  }
  if (vault.lockMode !== 'device+passphrase') {
    throw vaultError.noPassphrase();
  }
  const deviceKey = await deviceKeyOf(keychain, vault);
  verifyVault(vault, deviceKey);
  const stretched = await withSecretBytes(secret.passphrase, (bytes) => stretch(bytes, vault.kdf.passphrase!));
  const ikm = concatKeys(deviceKey, stretched);
  const dek = unwrapKey(wrapOf(vault, 'device+passphrase')!, deriveWrapKey(ikm, fromB64(vault.deviceSalt), 'device+passphrase'), vault.journalId);
  for (const b of [deviceKey, stretched, ikm]) b.fill(0);
  if (!dek) throw vaultError.wrongPassphrase();
  return dek;
}

/**
 * A new vault for the same DEK with a new lock choice. With `newDeviceKey` (after a
 * recovery on another computer) a fresh device key is stored in this keychain first.
 * The caller writes the result atomically; until then the old vault still opens.
 */
export async function rewrapLock(
  deps: KeyDeps,
  vault: VaultFile,
  dek: Buffer,
  choice: LockChoice,
  options: { newDeviceKey?: boolean } = {},
): Promise<VaultFile> {
  const random = deps.random ?? randomBytes;
  let deviceKey: Buffer;
  let deviceSalt: Buffer = fromB64(vault.deviceSalt);
  if (options.newDeviceKey) {
    deviceKey = random(KEY_BYTES);
    deviceSalt = random(32);
    await deps.keychain.set(vault.journalId, deviceKey);
  } else {
    deviceKey = await deviceKeyOf(deps.keychain, vault);
  }
  const lock = await lockWrap(deps, dek, deviceKey, deviceSalt, vault.journalId, choice, await kdfCost(deps));
  // With a new device key (after the recovery code opened the journal) the wrong-try counts
  // start afresh: the recovery code has just proved who is here.
  const { deviceCheck: _check, mac: _mac, ...kept } = vault;
  const { attempts: _attempts, ...withoutCounts } = kept;
  const rest = options.newDeviceKey ? withoutCounts : kept;
  const next = sealVault(
    {
      ...rest,
      lockMode: choice.lockMode,
      deviceSalt: b64(deviceSalt),
      wraps: [lock.wrap, wrapOf(vault, 'recovery')!],
      kdf: { ...(lock.passphraseKdf ? { passphrase: lock.passphraseKdf } : {}), recovery: vault.kdf.recovery },
    },
    deviceKey,
  );
  deviceKey.fill(0);
  return next;
}

/** A new recovery code; the old one stops working once the returned vault is written. */
export async function rewrapRecovery(deps: KeyDeps, vault: VaultFile, dek: Buffer): Promise<{ vault: VaultFile; recoveryCode: string }> {
  const recoveryCode = generateRecoveryCode(deps.random ?? randomBytes);
  const recovery = await recoveryWrap(deps, dek, vault.journalId, recoveryCode, await kdfCost(deps));
  const deviceKey = await deviceKeyOf(deps.keychain, vault);
  const { deviceCheck: _check, mac: _mac, ...rest } = vault;
  const next = sealVault(
    {
      ...rest,
      wraps: [vault.wraps.find((w) => w.kind !== 'recovery')!, recovery.wrap],
      kdf: { ...vault.kdf, recovery: recovery.recoveryKdf },
    },
    deviceKey,
  );
  deviceKey.fill(0);
  return { recoveryCode, vault: next };
}
