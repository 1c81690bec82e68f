import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
} from 'node:crypto';
import { memberError } from './errors';
import { seal, type Opened } from './sealed-file';
import type { DeviceIdentity, Epoch, Keyring, Member } from './types';

/**
 * Who may read and write the folder, and with which keys. Each computer has its own
 * identity; the couple's computers share epochs, random keys replaced whenever a computer
 * joins or is removed. An epoch change carries the new key sealed to each member's X25519
 * key, is signed by a member, and is itself sealed in the previous epoch's key, so the
 * folder's host learns nothing from it and a removed computer receives nothing new.
 */

type Random = (n: number) => Buffer;
const KEY_BYTES = 32;

const rawPair = (type: 'ed25519' | 'x25519') => {
  const { privateKey } = generateKeyPairSync(type as 'ed25519');
  const jwk = privateKey.export({ format: 'jwk' });
  return { publicKey: Buffer.from(jwk.x!, 'base64url'), privateKey: Buffer.from(jwk.d!, 'base64url') };
};

/** A new computer in the sync: a random id and fresh key pairs. */
export function createDeviceIdentity(random: Random = randomBytes): DeviceIdentity {
  return { deviceId: random(16).toString('hex'), signing: rawPair('ed25519'), agreement: rawPair('x25519') };
}

export const memberOf = (identity: DeviceIdentity, name: string): Member => ({
  deviceId: identity.deviceId,
  name,
  signingKey: identity.signing.publicKey,
  agreementKey: identity.agreement.publicKey,
});

/** The first computer's keyring: a new sync id and a first epoch sealed to itself alone. */
export function createKeyring(identity: DeviceIdentity, name: string, now: Date, random: Random = randomBytes): Keyring {
  const epoch: Epoch = { id: random(16).toString('hex'), key: random(KEY_BYTES), createdAt: now.toISOString(), parent: null, replaces: [], members: [identity.deviceId] };
  return { syncId: random(16).toString('hex'), members: [memberOf(identity, name)], removed: [], epochs: [epoch], current: epoch.id, needsRotation: false, removedHere: false };
}

export const currentEpoch = (keyring: Keyring): Epoch => keyring.epochs.find((e) => e.id === keyring.current)!;

const x25519Private = (raw: Buffer, pub: Buffer) =>
  createPrivateKey({ key: { kty: 'OKP', crv: 'X25519', d: raw.toString('base64url'), x: pub.toString('base64url') }, format: 'jwk' });
const x25519Public = (raw: Buffer) => createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: raw.toString('base64url') }, format: 'jwk' });

/** The key that seals something to one member: ECDH, then HKDF bound to its purpose (epoch, member) and both public keys. */
function sealingKeyFor(shared: Buffer, ephemeral: Buffer, recipient: Buffer, label: string): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([ephemeral, recipient]), `hearth/sync/${label}`, KEY_BYTES));
}

interface SealedKey {
  deviceId: string;
  nonce: string;
  sealed: string;
}

const keyLabel = (epochId: string, deviceId: string) => `epoch-key/v1/${epochId}/${deviceId}`;
const historyLabel = (epochId: string, deviceId: string) => `epoch-history/v1/${epochId}/${deviceId}`;

function sealTo(member: Member, label: string, secret: Buffer, eph: { publicKey: Buffer; privateKey: Buffer }, random: Random): SealedKey {
  const shared = diffieHellman({ privateKey: x25519Private(eph.privateKey, eph.publicKey), publicKey: x25519Public(member.agreementKey) });
  const key = sealingKeyFor(shared, eph.publicKey, member.agreementKey, label);
  const nonce = random(12);
  const cipher = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
  cipher.setAAD(Buffer.from(label), { plaintextLength: secret.length });
  const sealed = Buffer.concat([cipher.update(secret), cipher.final(), cipher.getAuthTag()]);
  return { deviceId: member.deviceId, nonce: nonce.toString('base64'), sealed: sealed.toString('base64') };
}

function openSealedFor(identity: DeviceIdentity, entry: SealedKey, label: string, ephemeral: Buffer): Buffer | null {
  try {
    const shared = diffieHellman({
      privateKey: x25519Private(identity.agreement.privateKey, identity.agreement.publicKey),
      publicKey: x25519Public(ephemeral),
    });
    const key = sealingKeyFor(shared, ephemeral, identity.agreement.publicKey, label);
    const sealed = Buffer.from(entry.sealed, 'base64');
    const decipher = createDecipheriv('chacha20-poly1305', key, Buffer.from(entry.nonce, 'base64'), { authTagLength: 16 });
    decipher.setAAD(Buffer.from(label), { plaintextLength: sealed.length - 16 });
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]);
  } catch {
    return null;
  }
}

export const memberToJson = (m: Member) => ({ deviceId: m.deviceId, name: m.name, signingKey: m.signingKey.toString('base64'), agreementKey: m.agreementKey.toString('base64') });

const HEX32 = /^[0-9a-f]{32}$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => {
  if (typeof v !== 'string') throw new Error('expected a string');
  return v;
};
const hex32 = (v: unknown): string => {
  const s = str(v);
  if (!HEX32.test(s)) throw new Error('expected an id');
  return s;
};
const key32 = (v: unknown): Buffer => {
  const b = Buffer.from(str(v), 'base64');
  if (b.length !== KEY_BYTES) throw new Error('expected a key');
  return b;
};
const list = (v: unknown): unknown[] => {
  if (!Array.isArray(v)) throw new Error('expected a list');
  return v;
};

export function memberFromJson(v: unknown): Member {
  if (!isObject(v)) throw new Error('expected a member');
  const name = str(v.name);
  if (name.length > 200) throw new Error('name too long');
  return { deviceId: hex32(v.deviceId), name, signingKey: key32(v.signingKey), agreementKey: key32(v.agreementKey) };
}

export const epochToJson = (e: Epoch) => ({ id: e.id, key: e.key.toString('base64'), createdAt: e.createdAt, parent: e.parent, replaces: e.replaces, members: e.members });

export function epochFromJson(v: unknown): Epoch {
  if (!isObject(v)) throw new Error('expected an epoch');
  return {
    id: hex32(v.id),
    key: key32(v.key),
    createdAt: str(v.createdAt),
    parent: v.parent === null ? null : hex32(v.parent),
    replaces: list(v.replaces ?? []).map(hex32),
    members: list(v.members).map(hex32),
  };
}

/** Leaves of the epoch tree: epochs nothing replaced yet. Two leaves mean two changes were made at once. */
const leavesOf = (epochs: Epoch[]) => epochs.filter((e) => !epochs.some((other) => other.parent === e.id || other.replaces.includes(e.id)));

/** Picks the epoch to write in and the member view after a change; deterministic, so every computer agrees. */
function settle(keyring: Keyring, knownMembers: Member[]): Keyring {
  const removed = new Set(keyring.removed);
  const leaves = leavesOf(keyring.epochs);
  const clean = leaves.filter((e) => e.members.every((id) => !removed.has(id))).sort((a, b) => (a.id < b.id ? -1 : 1));
  const current = clean[0]?.id ?? keyring.current;
  const wanted = new Set(leaves.flatMap((e) => e.members).filter((id) => !removed.has(id)));
  const byId = new Map<string, Member>();
  for (const m of knownMembers) if (wanted.has(m.deviceId) && !byId.has(m.deviceId)) byId.set(m.deviceId, m);
  const members = [...byId.values()];
  const chosen = keyring.epochs.find((e) => e.id === current)!;
  const sameSet = chosen.members.length === members.length && members.every((m) => chosen.members.includes(m.deviceId));
  return { ...keyring, members, current, needsRotation: !sameSet };
}

export interface EpochChange {
  keyring: Keyring;
  /** The sealed control file; the engine writes it with `SyncFolder.writeSealed`. */
  file: Buffer;
}

/** A new epoch sealed to `members`; the file is sealed in `sealIn` (the current epoch unless told). */
function changeEpoch(
  keyring: Keyring,
  identity: DeviceIdentity,
  members: Member[],
  removed: string[],
  now: Date,
  random: Random,
  sealIn: string = keyring.current,
  /** Computers joining now: they also get every earlier epoch, in case their offer predates some. */
  joining: Member[] = [],
): EpochChange {
  if (!keyring.members.some((m) => m.deviceId === identity.deviceId)) {
    throw memberError.noLongerMember();
  }
  // It replaces every epoch this computer knows: a rotation after crossed changes closes them all, and a
  // joiner that skipped some epochs still sees which one is newest.
  const replaces = keyring.epochs.map((e) => e.id);
  const epoch: Epoch = { id: random(16).toString('hex'), key: random(KEY_BYTES), createdAt: now.toISOString(), parent: keyring.current, replaces, members: members.map((m) => m.deviceId) };
  const eph = rawPair('x25519');
  const body = {
    v: 1,
    syncId: keyring.syncId,
    parent: epoch.parent,
    replaces,
    epoch: epoch.id,
    createdAt: epoch.createdAt,
    members: members.map(memberToJson),
    removed,
    ephemeral: eph.publicKey.toString('base64'),
    keys: members.map((m) => sealTo(m, keyLabel(epoch.id, m.deviceId), epoch.key, eph, random)),
    history: joining.map((m) => sealTo(m, historyLabel(epoch.id, m.deviceId), Buffer.from(JSON.stringify(keyring.epochs.map(epochToJson))), eph, random)),
  };
  eph.privateKey.fill(0);
  const sealing = keyring.epochs.find((e) => e.id === sealIn)!;
  const file = seal(sealing, 'epoch', identity, Buffer.from(JSON.stringify(body), 'utf8'), random);
  const next = settle({ ...keyring, removed, epochs: [...keyring.epochs, epoch] }, [...members, ...keyring.members]);
  return { keyring: { ...next, current: epoch.id, needsRotation: false }, file };
}

/** Removes a computer: a new epoch sealed to everyone else. The removed one, holding every old key, opens nothing after it. */
export function removeDevice(keyring: Keyring, identity: DeviceIdentity, deviceId: string, now: Date, random: Random = randomBytes): EpochChange {
  if (deviceId === identity.deviceId) throw memberError.cannotRemoveItself();
  if (!keyring.members.some((m) => m.deviceId === deviceId)) throw memberError.notAMember();
  const members = keyring.members.filter((m) => m.deviceId !== deviceId);
  return changeEpoch(keyring, identity, members, [...new Set([...keyring.removed, deviceId])], now, random);
}

/** Adds a computer. `sealIn` lets the file be sealed in the epoch the joiner already holds. */
export function addDevice(keyring: Keyring, identity: DeviceIdentity, member: Member, now: Date, options: { sealIn?: string; random?: Random } = {}): EpochChange {
  if (keyring.removed.includes(member.deviceId)) throw memberError.cannotComeBack();
  const members = [...keyring.members.filter((m) => m.deviceId !== member.deviceId), member];
  return changeEpoch(keyring, identity, members, keyring.removed, now, options.random ?? randomBytes, options.sealIn, [member]);
}

/** A fresh epoch for the same members: after two changes crossed (`needsRotation`), or to refresh the key. */
export const rotateEpoch = (keyring: Keyring, identity: DeviceIdentity, now: Date, random: Random = randomBytes): EpochChange =>
  changeEpoch(keyring, identity, keyring.members, keyring.removed, now, random);

export type ApplyResult = { ok: true; keyring: Keyring; changed: boolean } | { ok: false; reason: 'not-epoch' | 'other-journal' | 'not-member' | 'damaged' };

/**
 * Takes in an epoch change another computer wrote (an accepted scan item of kind 'epoch').
 * Accepted only from a device that is a member in this computer's view and was a member of
 * the epoch it replaces; a change seen before is a no-op. When it leaves this computer out,
 * the keyring says `removedHere`.
 */
export function applyEpochChange(keyring: Keyring, identity: DeviceIdentity, change: Opened): ApplyResult {
  if (change.kind !== 'epoch') return { ok: false, reason: 'not-epoch' };
  let body: Record<string, unknown>;
  let members: Member[];
  let removed: string[];
  let epochId: string;
  let parentId: string;
  let replaces: string[];
  let keys: SealedKey[];
  let history: SealedKey[];
  let ephemeral: Buffer;
  try {
    const parsed: unknown = JSON.parse(change.bytes.toString('utf8'));
    if (!isObject(parsed) || parsed.v !== 1) throw new Error('not a change');
    body = parsed;
    members = list(body.members).map(memberFromJson);
    removed = list(body.removed).map(hex32);
    epochId = hex32(body.epoch);
    parentId = hex32(body.parent);
    replaces = list(body.replaces).map(hex32);
    ephemeral = key32(body.ephemeral);
    const sealedEntry = (k: unknown): SealedKey => {
      if (!isObject(k)) throw new Error('expected a key');
      return { deviceId: hex32(k.deviceId), nonce: str(k.nonce), sealed: str(k.sealed) };
    };
    keys = list(body.keys).map(sealedEntry);
    history = list(body.history ?? []).map(sealedEntry);
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  if (body.syncId !== keyring.syncId) return { ok: false, reason: 'other-journal' };
  if (keyring.epochs.some((e) => e.id === epochId)) return { ok: true, keyring, changed: false };
  const parent = keyring.epochs.find((e) => e.id === parentId);
  const signerTrusted =
    !keyring.removed.includes(change.device) &&
    keyring.members.some((m) => m.deviceId === change.device && m.signingKey.equals(change.signingKey)) &&
    (!parent || parent.members.includes(change.device));
  if (!signerTrusted) return { ok: false, reason: 'not-member' };
  const allRemoved = [...new Set([...keyring.removed, ...removed])];
  const mine = keys.find((k) => k.deviceId === identity.deviceId);
  const opened = mine ? openSealedFor(identity, mine, keyLabel(epochId, identity.deviceId), ephemeral) : null;
  const key = opened?.length === KEY_BYTES ? opened : null;
  if (!key) {
    if (members.some((m) => m.deviceId === identity.deviceId)) return { ok: false, reason: 'damaged' };
    const wasMember = keyring.members.some((m) => m.deviceId === identity.deviceId);
    if (!wasMember && !allRemoved.includes(identity.deviceId)) return { ok: true, keyring, changed: false };
    // Left out: this computer was removed. It keeps what it has and stops writing.
    return { ok: true, keyring: { ...keyring, removed: allRemoved, removedHere: true }, changed: true };
  }
  const epoch: Epoch = { id: epochId, key, createdAt: str(body.createdAt), parent: parentId, replaces, members: members.map((m) => m.deviceId) };
  const missed = earlierEpochs(identity, history, epochId, ephemeral).filter((e) => e.id !== epochId && !keyring.epochs.some((k) => k.id === e.id));
  const next = settle({ ...keyring, removed: allRemoved, epochs: [...keyring.epochs, ...missed, epoch] }, [...members, ...keyring.members]);
  return { ok: true, keyring: next, changed: true };
}

/** The earlier epochs a joining computer was given with the change that added it, if any. */
function earlierEpochs(identity: DeviceIdentity, history: SealedKey[], epochId: string, ephemeral: Buffer): Epoch[] {
  const mine = history.find((h) => h.deviceId === identity.deviceId);
  const opened = mine ? openSealedFor(identity, mine, historyLabel(epochId, identity.deviceId), ephemeral) : null;
  if (!opened) return [];
  try {
    return list(JSON.parse(opened.toString('utf8'))).map(epochFromJson);
  } catch {
    return [];
  } finally {
    opened.fill(0);
  }
}

export function keyringToJson(keyring: Keyring): string {
  return JSON.stringify({
    v: 1,
    syncId: keyring.syncId,
    members: keyring.members.map(memberToJson),
    removed: keyring.removed,
    epochs: keyring.epochs.map(epochToJson),
    current: keyring.current,
    needsRotation: keyring.needsRotation,
    removedHere: keyring.removedHere,
  });
}

export function keyringFromJson(text: string): Keyring {
  const v: unknown = JSON.parse(text);
  if (!isObject(v) || v.v !== 1) throw memberError.keysUnreadable();
  const epochs = list(v.epochs).map(epochFromJson);
  const current = hex32(v.current);
  if (!epochs.some((e) => e.id === current)) throw memberError.keysUnreadable();
  return {
    syncId: hex32(v.syncId),
    members: list(v.members).map(memberFromJson),
    removed: list(v.removed).map(hex32),
    epochs,
    current,
    needsRotation: v.needsRotation === true,
    removedHere: v.removedHere === true,
  };
}

export const identityToJson = (identity: DeviceIdentity): string =>
  JSON.stringify({
    v: 1,
    deviceId: identity.deviceId,
    signing: { publicKey: identity.signing.publicKey.toString('base64'), privateKey: identity.signing.privateKey.toString('base64') },
    agreement: { publicKey: identity.agreement.publicKey.toString('base64'), privateKey: identity.agreement.privateKey.toString('base64') },
  });

export function identityFromJson(text: string): DeviceIdentity {
  const v: unknown = JSON.parse(text);
  if (!isObject(v) || v.v !== 1 || !isObject(v.signing) || !isObject(v.agreement)) {
    throw memberError.identityUnreadable();
  }
  return {
    deviceId: hex32(v.deviceId),
    signing: { publicKey: key32(v.signing.publicKey), privateKey: key32(v.signing.privateKey) },
    agreement: { publicKey: key32(v.agreement.publicKey), privateKey: key32(v.agreement.privateKey) },
  };
}
