import { randomBytes } from 'node:crypto';
import type { PartnerSlot } from '../../../shared/model';
import { vaultError } from '../vault/errors';
import { calibrateScrypt, stretch, withSecretBytes, type ScryptParams } from '../vault/kdf';
import { generateRecoveryCode, parseRecoveryCode } from '../vault/recovery-code';
import { KEY_BYTES, unwrapKey, wrapKey } from '../vault/wrap';
import { privateError } from './errors';
import { PRIVATE_PAGE_FORMAT, PRIVATE_PAGE_VERSION, type PrivatePageFile, type SealedKey } from './page-file';

/**
 * A page's key: 32 random bytes, wrapped only by scrypt(private passphrase) and, if asked, by
 * scrypt(private recovery code). Never by the journal's key, the device key or the journal's
 * recovery code, so none of those can open it (DESIGN.md §9).
 */

export type PrivateKind = 'passphrase' | 'recovery';
export type PrivateSecret = { method: 'passphrase'; passphrase: string } | { method: 'recovery'; code: string };

export interface PrivateKeyDeps {
  kdf?: (() => Promise<Omit<ScryptParams, 'salt'>>) | undefined;
  random?: (n: number) => Buffer;
}

export const MIN_PRIVATE_PASSPHRASE_LENGTH = 8;

/**
 * The vault's wrap binds its associated data to a journal id and a vault kind; a private wrap
 * puts the partner and the private kind beside the journal id, so a wrap can move neither to
 * the other partner, nor between passphrase and recovery, nor to another journal. The vault
 * kind is fixed: it is the private kind in the context that tells the two apart.
 */
const context = (journalId: string, slot: PartnerSlot, kind: PrivateKind) => `${journalId}/private/${slot}/${kind}`;

async function costOf(deps: PrivateKeyDeps): Promise<Omit<ScryptParams, 'salt'>> {
  if (deps.kdf) return deps.kdf();
  const { salt: _salt, ...cost } = (await calibrateScrypt()).params;
  return cost;
}

async function seal(
  deps: PrivateKeyDeps,
  key: Buffer,
  secret: string,
  cost: Omit<ScryptParams, 'salt'>,
  journalId: string,
  slot: PartnerSlot,
  kind: PrivateKind,
): Promise<SealedKey> {
  const random = deps.random ?? randomBytes;
  const kdf: ScryptParams = { ...cost, salt: random(16).toString('base64') };
  const stretched = await withSecretBytes(secret, (bytes) => stretch(bytes, kdf));
  try {
    const { iv, ciphertext, tag } = wrapKey(key, stretched, context(journalId, slot, kind), 'recovery', random);
    return { kdf, iv, ciphertext, tag };
  } finally {
    stretched.fill(0);
  }
}

async function unseal(sealed: SealedKey, secret: string, journalId: string, slot: PartnerSlot, kind: PrivateKind): Promise<Buffer | null> {
  const stretched = await withSecretBytes(secret, (bytes) => stretch(bytes, sealed.kdf));
  try {
    const { kdf: _kdf, ...wrap } = sealed;
    return unwrapKey({ kind: 'recovery', ...wrap }, stretched, context(journalId, slot, kind));
  } finally {
    stretched.fill(0);
  }
}

export function checkPrivatePassphrase(passphrase: string): void {
  if ([...passphrase].length < MIN_PRIVATE_PASSPHRASE_LENGTH) {
    throw privateError.passphraseTooShort(MIN_PRIVATE_PASSPHRASE_LENGTH);
  }
}

export interface NewPrivatePage {
  file: PrivatePageFile;
  key: Buffer;
  recoveryCode: string | null;
}

export async function createPrivateKey(
  deps: PrivateKeyDeps,
  input: { journalId: string; slot: PartnerSlot; passphrase: string; withRecoveryCode: boolean; now: Date },
): Promise<NewPrivatePage> {
  checkPrivatePassphrase(input.passphrase);
  const random = deps.random ?? randomBytes;
  const key = random(KEY_BYTES);
  try {
    const cost = await costOf(deps);
    const recoveryCode = input.withRecoveryCode ? generateRecoveryCode(random) : null;
    const file: PrivatePageFile = {
      format: PRIVATE_PAGE_FORMAT,
      version: PRIVATE_PAGE_VERSION,
      journalId: input.journalId,
      slot: input.slot,
      createdAt: input.now.toISOString(),
      passphrase: await seal(deps, key, input.passphrase, cost, input.journalId, input.slot, 'passphrase'),
      ...(recoveryCode ? { recovery: await seal(deps, key, recoveryCode, cost, input.journalId, input.slot, 'recovery') } : {}),
    };
    return { file, key, recoveryCode };
  } catch (error) {
    key.fill(0);
    throw error;
  }
}

/** The page key, or a named error: WRONG_PASSPHRASE / WRONG_RECOVERY_CODE count as wrong tries. */
export async function unwrapPrivateKey(file: PrivatePageFile, secret: PrivateSecret): Promise<Buffer> {
  if (secret.method === 'passphrase') {
    const key = await unseal(file.passphrase, secret.passphrase, file.journalId, file.slot, 'passphrase');
    if (!key) throw privateError.wrongPassphrase();
    return key;
  }
  const parsed = parseRecoveryCode(secret.code);
  if (!parsed.ok) {
    throw vaultError.recoveryCodeTypo(parsed.reason);
  }
  if (!file.recovery) throw privateError.noRecoveryCode();
  const key = await unseal(file.recovery, parsed.canonical, file.journalId, file.slot, 'recovery');
  if (!key) throw privateError.wrongRecoveryCode();
  return key;
}
