/**
 * The shapes the sync folder layer shares between its files. Keys are raw Buffers so the
 * engine can keep them in the encrypted journal (see `keyringToJson` / `identityToJson`).
 */

/** What a sealed file holds, known only after it is opened. */
export type PayloadKind = 'data' | 'epoch' | 'join' | 'join-offer' | 'recovery-offer';

/** This computer in the sync: its id (32 hex), an Ed25519 pair to sign and an X25519 pair to receive keys. */
export interface DeviceIdentity {
  deviceId: string;
  signing: { publicKey: Buffer; privateKey: Buffer };
  agreement: { publicKey: Buffer; privateKey: Buffer };
}

/** A computer taking part, as the others know it. `name` is what the user called it ("Robin's laptop"). */
export interface Member {
  deviceId: string;
  name: string;
  signingKey: Buffer;
  agreementKey: Buffer;
}

/** One generation of the sync key. A new one is made whenever a computer joins or is removed. */
export interface Epoch {
  /** 32 hex characters; the only key-related thing the folder's host sees (in each file's header). */
  id: string;
  key: Buffer;
  createdAt: string;
  /** The epoch this one replaced; null for the first. */
  parent: string | null;
  /** Every epoch its writer knew when making it: none of them is the newest any more. */
  replaces: string[];
  /** The device ids the key was sealed to. */
  members: string[];
}

export interface Keyring {
  /** The shared journal's sync id (random), the same on every computer of the couple. */
  syncId: string;
  /** The computers in this computer's current view. */
  members: Member[];
  /** Devices removed at some point: never trusted again under that id. */
  removed: string[];
  /** Every epoch whose key this computer holds, oldest first. */
  epochs: Epoch[];
  /** The epoch new files are sealed in. */
  current: string;
  /**
   * Set when two computers changed the members at the same time and the chosen epoch does not
   * seal to everyone who should have it: the engine calls `rotateEpoch` before writing on.
   */
  needsRotation: boolean;
  /** Set when an epoch change left this computer out: it was removed, and should stop syncing. */
  removedHere: boolean;
}
