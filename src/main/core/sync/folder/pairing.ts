import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { stretch, withSecretBytes } from '../../vault/kdf';
import { parseRecoveryCode } from '../../vault/recovery-code';
import { pairingError } from './errors';
import { vaultError } from '../../vault/errors';
import type { ScanItem, SyncFolder } from './folder';
import { addDevice, epochFromJson, epochToJson, memberFromJson, memberToJson } from './keyring';
import { isWholeLength, openWithKey, readHeader, seal, sealWith, type KeyKind, type ScryptCost } from './sealed-file';
import type { DeviceIdentity, Keyring, Member } from './types';

/**
 * Joining a second computer. A member writes an offer into the folder: everything a joiner
 * needs (sync id, members, epoch keys), sealed under scrypt(code) and signed. The joiner types
 * the code, opens the offer, and answers with a join request sealed in the epoch key it just
 * learnt, carrying a proof that it read the offer. The member that made the offer then adds it
 * by an epoch change. A pairing code works once and expires; the journal's recovery code opens
 * a standing recovery offer the first computer keeps up to date.
 */

type Random = (n: number) => Buffer;

/** Crockford's base32: no I, L, O or U. 26 characters × 5 bits = 130 bits. */
export const PAIRING_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const PAIRING_CODE_LENGTH = 26;
const GROUPS = [5, 5, 5, 5, 6];
const LOOK_ALIKES: Record<string, string> = { O: '0', I: '1', L: '1' };

/** Scrypt costs. A pairing code has 130 random bits and lives minutes; a recovery code has 120 and stands in the folder, so it costs what the vault's does at most. */
export const PAIRING_COST: ScryptCost = { logN: 15, r: 8, p: 1 };
export const RECOVERY_COST: ScryptCost = { logN: 17, r: 8, p: 1 };
/** Offers are few; more candidates than this are a flood, and the newest are tried. */
const MAX_CANDIDATES = 16;

const format = (chars: string) => {
  const groups: string[] = [];
  let at = 0;
  for (const size of GROUPS) {
    groups.push(chars.slice(at, at + size));
    at += size;
  }
  return groups.join('-');
};

/** A new one-time pairing code, e.g. "7K2QM-0D4XA-...-Z8P1RT". Each byte & 31 is uniform over the 32 letters. */
export function newPairingCode(random: Random = randomBytes): string {
  let chars = '';
  for (const byte of random(PAIRING_CODE_LENGTH)) chars += PAIRING_ALPHABET[byte & 31];
  return format(chars);
}

/** The code as typed (any case, spaces, dashes, O for 0, I or L for 1), or null when it cannot be one. */
export function parsePairingCode(typed: string): string | null {
  let chars = '';
  for (const c of typed.toUpperCase()) {
    if (c === '-' || c.trim() === '') continue;
    chars += LOOK_ALIKES[c] ?? c;
  }
  if (chars.length !== PAIRING_CODE_LENGTH || [...chars].some((c) => !PAIRING_ALPHABET.includes(c))) return null;
  return format(chars);
}

export interface PairingTicket {
  via: 'pairing';
  offerId: string;
  /** The offer file's name, removed once a computer joins with it. */
  name: string;
  /** Inside the offer only: a join request proves it read the offer with an HMAC under it. */
  secret: Buffer;
  expiresAt: string;
}

export interface RecoveryTicket {
  via: 'recovery';
  offerId: string;
  /** The current recovery offer file, or null before the first is written. */
  name: string | null;
  secret: Buffer;
  salt: Buffer;
  cost: ScryptCost;
  /** The key stretched from the recovery code, so the offer can be renewed without the code. Never leaves this computer. */
  key: Buffer;
}

export type OfferTicket = PairingTicket | RecoveryTicket;

const labelOf = (kind: KeyKind) => `hearth/sync/${kind}/v1`;

/** Bounds on a cost read from a file header, so a planted offer cannot make Hearth hang or exhaust memory. */
const costIsSane = ({ logN, r, p }: ScryptCost) => logN >= 10 && logN <= 20 && r >= 1 && r <= 16 && p >= 1 && p <= 4 && 128 * 2 ** logN * r * (p + 1) <= 1024 ** 3;

async function codeKey(code: string, salt: Buffer, cost: ScryptCost, kind: KeyKind): Promise<Buffer> {
  const stretched = await withSecretBytes(code, (bytes) =>
    stretch(bytes, { name: 'scrypt', salt: salt.toString('base64'), N: 2 ** cost.logN, r: cost.r, p: cost.p }),
  );
  const key = Buffer.from(hkdfSync('sha256', stretched, salt, labelOf(kind), 32));
  stretched.fill(0);
  return key;
}

function offerBody(keyring: Keyring, identity: DeviceIdentity, offerId: string, secret: Buffer, expiresAt: string | null) {
  return Buffer.from(
    JSON.stringify({
      v: 1,
      offerId,
      secret: secret.toString('base64'),
      syncId: keyring.syncId,
      offeredBy: identity.deviceId,
      members: keyring.members.map(memberToJson),
      removed: keyring.removed,
      // Every epoch, so the joiner reads what was written before it came.
      epochs: keyring.epochs.map(epochToJson),
      current: keyring.current,
      expiresAt,
    }),
    'utf8',
  );
}

/** Writes a pairing offer; the engine keeps the ticket (in the encrypted journal) until a computer joins or it expires. */
export async function writeOffer(
  folder: SyncFolder,
  keyring: Keyring,
  identity: DeviceIdentity,
  code: string,
  expiresAt: Date,
  options: { cost?: ScryptCost; random?: Random } = {},
): Promise<PairingTicket> {
  const random = options.random ?? randomBytes;
  const canonical = parsePairingCode(code);
  if (!canonical) throw pairingError.malformed();
  const cost = options.cost ?? PAIRING_COST;
  const salt = random(16);
  const key = await codeKey(canonical, salt, cost, 'pairing-code');
  const offerId = random(16).toString('hex');
  const secret = random(32);
  const body = offerBody(keyring, identity, offerId, secret, expiresAt.toISOString());
  const file = sealWith({ keyKind: 'pairing-code', keyId: salt.toString('hex'), cost, key }, 'join-offer', identity, body, random);
  key.fill(0);
  const name = await folder.writeSealed(file);
  return { via: 'pairing', offerId, name, secret, expiresAt: expiresAt.toISOString() };
}

/** Withdraws a pairing offer (expired, or cancelled on this computer). */
export const withdrawOffer = (folder: SyncFolder, ticket: PairingTicket) => folder.remove(ticket.name);

/** Stretches the recovery code once, when the user types it, into a ticket the engine keeps on this computer only. */
export async function createRecoveryTicket(recoveryCode: string, options: { cost?: ScryptCost; random?: Random } = {}): Promise<RecoveryTicket> {
  const random = options.random ?? randomBytes;
  const parsed = parseRecoveryCode(recoveryCode);
  if (!parsed.ok) throw vaultError.recoveryCodeTypo(parsed.reason);
  const cost = options.cost ?? RECOVERY_COST;
  const salt = random(16);
  const key = await codeKey(parsed.canonical, salt, cost, 'recovery-code');
  return { via: 'recovery', offerId: random(16).toString('hex'), name: null, secret: random(32), salt, cost, key };
}

/** Writes the recovery offer for the current keyring and removes the one before. Call after every epoch change. */
export async function writeRecoveryOffer(folder: SyncFolder, keyring: Keyring, identity: DeviceIdentity, ticket: RecoveryTicket, random: Random = randomBytes): Promise<RecoveryTicket> {
  const body = offerBody(keyring, identity, ticket.offerId, ticket.secret, null);
  const file = sealWith({ keyKind: 'recovery-code', keyId: ticket.salt.toString('hex'), cost: ticket.cost, key: ticket.key }, 'recovery-offer', identity, body, random);
  const name = await folder.writeSealed(file);
  if (ticket.name && folder.wrote(ticket.name)) await folder.remove(ticket.name);
  return { ...ticket, name };
}

interface Offer {
  offerId: string;
  secret: Buffer;
  expiresAt: string | null;
  keyring: Keyring;
}

function parseOffer(bytes: Buffer, signer: { device: string; signingKey: Buffer }): Offer | null {
  try {
    const v = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
    if (v.v !== 1 || typeof v.offerId !== 'string' || typeof v.secret !== 'string' || typeof v.syncId !== 'string' || typeof v.current !== 'string') return null;
    const members = (v.members as unknown[]).map(memberFromJson);
    const epochs = (v.epochs as unknown[]).map(epochFromJson);
    const removed = (v.removed as unknown[]).map(String);
    // The offer must come from one of the members it names, with that member's key.
    if (!members.some((m) => m.deviceId === signer.device && m.signingKey.equals(signer.signingKey))) return null;
    if (!epochs.some((e) => e.id === v.current)) return null;
    return {
      offerId: v.offerId,
      secret: Buffer.from(v.secret, 'base64'),
      expiresAt: typeof v.expiresAt === 'string' ? v.expiresAt : null,
      keyring: { syncId: v.syncId, members, removed, epochs, current: v.current, needsRotation: false, removedHere: false },
    };
  } catch {
    return null;
  }
}

/** Tries the code on each offer of that kind in the folder, newest first; scrypt runs once per candidate. */
async function findOffer(folder: SyncFolder, code: string, keyKind: 'pairing-code' | 'recovery-code'): Promise<Offer | 'none' | 'wrong'> {
  const candidates: { bytes: Buffer; mtimeMs: number }[] = [];
  for (const name of await folder.list()) {
    const read = await folder.read(name);
    if (!read || read === 'too-large') continue;
    if (readHeader(read.bytes)?.keyKind === keyKind) candidates.push(read);
  }
  candidates.sort((a, b) => b.mtimeMs - a.mtimeMs);
  // An offer the sync tool is still bringing is cut short: that is "not here yet", not a wrong code.
  const whole = candidates.filter(({ bytes }) => isWholeLength(bytes.length));
  if (whole.length === 0) return 'none';
  for (const { bytes } of whole.slice(0, MAX_CANDIDATES)) {
    const header = readHeader(bytes)!;
    if (!costIsSane(header.cost)) continue;
    const key = await codeKey(code, Buffer.from(header.keyId, 'hex'), header.cost, keyKind);
    const opened = openWithKey(bytes, header, key);
    key.fill(0);
    const wantedKind = keyKind === 'pairing-code' ? 'join-offer' : 'recovery-offer';
    if (!opened.ok || opened.kind !== wantedKind) continue;
    const offer = parseOffer(opened.bytes, opened);
    if (offer) return offer;
  }
  return 'wrong';
}

const proofOf = (secret: Buffer, identity: { deviceId: string; signingKey: Buffer; agreementKey: Buffer }) =>
  createHmac('sha256', secret).update(Buffer.from(identity.deviceId, 'hex')).update(identity.signingKey).update(identity.agreementKey).digest();

async function requestToJoin(folder: SyncFolder, offer: Offer, identity: DeviceIdentity, deviceName: string, random: Random) {
  const { keyring } = offer;
  const me = { deviceId: identity.deviceId, signingKey: identity.signing.publicKey, agreementKey: identity.agreement.publicKey };
  const body = Buffer.from(
    JSON.stringify({ v: 1, offerId: offer.offerId, proof: proofOf(offer.secret, me).toString('base64'), name: deviceName, agreementKey: me.agreementKey.toString('base64') }),
    'utf8',
  );
  const epoch = keyring.epochs.find((e) => e.id === keyring.current)!;
  const requestName = await folder.writeSealed(seal(epoch, 'join', identity, body, random));
  return { keyring, requestName };
}

export interface Joined {
  /** The journal's keys as the offer gave them; this computer becomes a member when the epoch change that adds it arrives. */
  keyring: Keyring;
  requestName: string;
}

/**
 * Joins with a pairing code typed on this computer. `folder` is this computer's SyncFolder on
 * the shared directory (its keyring getter may return nothing useful yet). Throws
 * SYNC_CODE_WRONG (the engine applies the wrong-try delay), SYNC_CODE_EXPIRED or SYNC_NO_OFFER.
 */
export async function joinWithCode(folder: SyncFolder, code: string, identity: DeviceIdentity, deviceName: string, now: Date, random: Random = randomBytes): Promise<Joined> {
  const canonical = parsePairingCode(code);
  if (!canonical) throw pairingError.malformed();
  const offer = await findOffer(folder, canonical, 'pairing-code');
  if (offer === 'none') throw pairingError.noOffer();
  if (offer === 'wrong') throw pairingError.wrong();
  if (!offer.expiresAt || Date.parse(offer.expiresAt) <= now.getTime()) throw pairingError.expired();
  return requestToJoin(folder, offer, identity, deviceName, random);
}

/** Joins with the journal's recovery code, through the recovery offer the first computer keeps. */
export async function joinWithRecoveryCode(folder: SyncFolder, recoveryCode: string, identity: DeviceIdentity, deviceName: string, random: Random = randomBytes): Promise<Joined> {
  const parsed = parseRecoveryCode(recoveryCode);
  if (!parsed.ok) throw vaultError.recoveryCodeTypo(parsed.reason);
  const offer = await findOffer(folder, parsed.canonical, 'recovery-code');
  if (offer === 'none') throw pairingError.noRecoveryOffer();
  if (offer === 'wrong') throw pairingError.recoveryWrong();
  return requestToJoin(folder, offer, identity, deviceName, random);
}

export type AcceptResult =
  | { status: 'added'; keyring: Keyring; member: Member; epochFile: string; ticketUsed: boolean }
  | { status: 'ignored'; reason: 'not-a-request' | 'not-ours' | 'bad-proof' | 'expired' | 'used' | 'already-member' | 'outdated' };

/**
 * Called by the engine on the member that made the offer when a scan brings a join request.
 * Checks the request proves it read one of this computer's offers, adds the joiner by an
 * epoch change (sealed in the epoch the joiner holds) and, for a pairing code, removes the
 * offer: a code works once. A recovery offer stays.
 */
export async function acceptJoin(
  folder: SyncFolder,
  keyring: Keyring,
  identity: DeviceIdentity,
  request: ScanItem,
  tickets: OfferTicket[],
  now: Date,
  random: Random = randomBytes,
): Promise<AcceptResult> {
  if (request.kind !== 'join') return { status: 'ignored', reason: 'not-a-request' };
  let body: { offerId: string; proof: Buffer; name: string; agreementKey: Buffer };
  try {
    const v = JSON.parse(request.bytes.toString('utf8')) as Record<string, unknown>;
    if (v.v !== 1 || typeof v.offerId !== 'string' || typeof v.proof !== 'string' || typeof v.name !== 'string' || typeof v.agreementKey !== 'string') {
      return { status: 'ignored', reason: 'not-a-request' };
    }
    body = { offerId: v.offerId, proof: Buffer.from(v.proof, 'base64'), name: v.name.slice(0, 200), agreementKey: Buffer.from(v.agreementKey, 'base64') };
  } catch {
    return { status: 'ignored', reason: 'not-a-request' };
  }
  if (body.agreementKey.length !== 32) return { status: 'ignored', reason: 'not-a-request' };
  const ticket = tickets.find((t) => t.offerId === body.offerId);
  if (!ticket) return { status: 'ignored', reason: 'not-ours' };
  const member: Member = { deviceId: request.device, name: body.name, signingKey: request.signingKey, agreementKey: body.agreementKey };
  const expected = proofOf(ticket.secret, member);
  if (expected.length !== body.proof.length || !timingSafeEqual(expected, body.proof)) return { status: 'ignored', reason: 'bad-proof' };
  if (keyring.members.some((m) => m.deviceId === member.deviceId)) return { status: 'ignored', reason: 'already-member' };
  if (ticket.via === 'pairing') {
    if (!folder.wrote(ticket.name)) return { status: 'ignored', reason: 'used' };
    if (Date.parse(ticket.expiresAt) <= now.getTime()) {
      await folder.remove(ticket.name);
      return { status: 'ignored', reason: 'expired' };
    }
  }
  // Sealed in the epoch the joiner holds, unless a removed computer also holds that one.
  const sealIn = keyring.epochs.find((e) => e.id === request.keyId);
  if (!sealIn || sealIn.members.some((id) => keyring.removed.includes(id))) return { status: 'ignored', reason: 'outdated' };
  const change = addDevice(keyring, identity, member, now, { sealIn: sealIn.id, random });
  const epochFile = await folder.writeSealed(change.file);
  if (ticket.via === 'pairing') await folder.remove(ticket.name);
  return { status: 'added', keyring: change.keyring, member, epochFile, ticketUsed: ticket.via === 'pairing' };
}

export function ticketToJson(ticket: OfferTicket): string {
  const b = (x: Buffer) => x.toString('base64');
  return JSON.stringify(
    ticket.via === 'pairing'
      ? { v: 1, ...ticket, secret: b(ticket.secret) }
      : { v: 1, ...ticket, secret: b(ticket.secret), salt: b(ticket.salt), key: b(ticket.key) },
  );
}

export function ticketFromJson(text: string): OfferTicket {
  const v = JSON.parse(text) as Record<string, unknown> & { via: string };
  const buf = (x: unknown) => Buffer.from(String(x), 'base64');
  if (v.via === 'pairing') return { via: 'pairing', offerId: String(v.offerId), name: String(v.name), secret: buf(v.secret), expiresAt: String(v.expiresAt) };
  return {
    via: 'recovery',
    offerId: String(v.offerId),
    name: v.name === null ? null : String(v.name),
    secret: buf(v.secret),
    salt: buf(v.salt),
    cost: v.cost as ScryptCost,
    key: buf(v.key),
  };
}
