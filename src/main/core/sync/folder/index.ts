/**
 * The encrypted layer between the sync engine and the folder the couple's sync tool shares.
 * The engine hands in opaque bytes (Automerge changes, snapshots) and gets opaque bytes back.
 *
 * File format (sealed-file.ts). Every file is `<32 random hex>.hearth`:
 *   header, 45 bytes, public: "HRTHSYN1" | version | key kind | key id (epoch id or scrypt
 *   salt, 16) | scrypt cost (3) | nonce (12) | check (4, SHA-256 of the rest: a flipped byte
 *   reads as damage, not as another journal)
 *   body: ChaCha20-Poly1305 under the epoch key (or a key from scrypt(code)), the header as
 *   associated data, over: payload kind | writer's device id | its Ed25519 key | length |
 *   bytes | Ed25519 signature of header and all before it | zeros to a whole KiB.
 * Keys (keyring.ts). Each computer has its own identity (Ed25519 + X25519). The couple share
 * epochs: random 32-byte keys, replaced by an epoch change whenever a computer joins or is
 * removed. An epoch change carries the new key sealed to each member (X25519 + HKDF +
 * ChaCha20-Poly1305), is sealed in the previous epoch and signed by a member; readers take it
 * only from a member of their current view. The sync key is not derived from any journal key.
 *
 * Threat model: the folder's host (the cloud, a sync peer, whoever finds the USB stick).
 *  It can learn: how many files there are, their sizes to the KiB, when they appear; which
 *   files share an epoch (the epoch id is in the clear) and so when the members changed; that
 *   a pairing offer or a recovery offer exists, with its salt and scrypt cost.
 *  It cannot learn, from the files: any text, name, tag, mood, date, count of entries or of
 *   computers, which computer wrote a file (its sync tool may tell it where a file came from),
 *   or what a file is (change, snapshot, epoch change, join request).
 *  It cannot: forge, alter or reorder what is applied (every file is authenticated and signed
 *   by a member; the CRDT makes order and duplicates harmless), nor add a computer without a
 *   code. It can: withhold, delay or delete files (sync stalls; nothing already merged is
 *   lost), replay old files (duplicates, deduplicated by digest), or plant junk (rejected and
 *   counted). A removed computer, holding every old key and the folder, reads nothing sealed
 *   after its removal and can no longer write anything the others accept. The recovery offer
 *   lets anyone holding the recovery code join: after removing a computer whose owner knows
 *   that code, make a new recovery code and a new recovery ticket.
 */
export { SyncFolder, isSyncFileName, FILE_SUFFIX, type FolderFs, type ScanItem, type ScanResult, type SyncFolderOptions } from './folder';
export {
  open,
  seal,
  readHeader,
  HEADER_BYTES,
  PAD_BYTES,
  type Opened,
  type OpenResult,
  type Rejection,
  type ScryptCost,
} from './sealed-file';
export {
  createDeviceIdentity,
  createKeyring,
  currentEpoch,
  memberOf,
  addDevice,
  removeDevice,
  rotateEpoch,
  applyEpochChange,
  keyringToJson,
  keyringFromJson,
  identityToJson,
  identityFromJson,
  type ApplyResult,
  type EpochChange,
} from './keyring';
export {
  newPairingCode,
  parsePairingCode,
  writeOffer,
  withdrawOffer,
  joinWithCode,
  createRecoveryTicket,
  writeRecoveryOffer,
  joinWithRecoveryCode,
  acceptJoin,
  ticketToJson,
  ticketFromJson,
  PAIRING_ALPHABET,
  PAIRING_CODE_LENGTH,
  PAIRING_COST,
  RECOVERY_COST,
  type AcceptResult,
  type Joined,
  type OfferTicket,
  type PairingTicket,
  type RecoveryTicket,
} from './pairing';
export { folderError, asFolderError, memberError } from './errors';
export type { DeviceIdentity, Epoch, Keyring, Member, PayloadKind } from './types';
