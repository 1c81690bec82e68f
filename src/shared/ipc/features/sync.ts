import { z } from 'zod';
import { Mood } from '../../model';
import { EntryId } from './journal';

const NoInput = z.undefined();

/** A computer's name as its owner gives it ("Robin's laptop"): shown to both partners. */
export const ComputerName = z.string().trim().min(1, 'Give this computer a name, so you can tell the two apart.').max(60);

/** A one-time pairing code as typed: letters and digits, spaces and dashes allowed. */
export const PairingCode = z.string().trim().min(20).max(80);
/** The journal's recovery code, as typed (core parses it). */
export const RecoveryCodeText = z.string().trim().min(20).max(200);

/** What a folder dialog picked: a one-time token for the folder, and its name to show. */
export const ChosenFolder = z.union([
  z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/), folderName: z.string().min(1) }),
  z.object({ cancelled: z.literal(true) }),
]);
export type ChosenFolder = z.infer<typeof ChosenFolder>;
const FolderToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const SyncProblemCode = z.enum(['folder-missing', 'folder-read-only', 'disk-full', 'folder-unreadable', 'removed']);

export const SyncStatus = z.object({
  on: z.boolean(),
  /** The shared folder's full path on this computer (it is the couple's own folder, not journal text). */
  folder: z.string().nullable(),
  lastSyncAt: z.number().nullable(),
  /** Changes made here that are not in the folder yet. */
  pending: z.number().int().min(0),
  computers: z.array(z.object({ id: z.string(), name: z.string(), thisComputer: z.boolean() })),
  /** Why the last try failed, in a sentence; null when it worked. */
  problem: z.object({ code: SyncProblemCode, message: z.string() }).nullable(),
  /** Files in the folder that could not be opened and were never applied. */
  rejected: z.object({ damaged: z.number().int().min(0), otherJournal: z.number().int().min(0) }),
  /** A pairing code is waiting to be typed on the other computer, until this moment. */
  pairingUntil: z.number().nullable(),
  /** Changes that opened fine but broke the journal's own rules (from a faulty computer): never applied. */
  refused: z.number().int().min(0).optional(),
  /** Whether a computer can join with the journal's recovery code now (off after a removal, until a new code is made). */
  recoveryCodeJoins: z.boolean().optional(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const EntryVersion = z.object({
  body: z.string(),
  mood: Mood.nullable(),
  tags: z.array(z.string()),
  updatedAt: z.number(),
  /** The name of the computer it was saved on. */
  computer: z.string(),
  current: z.boolean(),
  /** Saved on another computer at the same time as the version shown. */
  parallel: z.boolean(),
});
export type EntryVersion = z.infer<typeof EntryVersion>;

/**
 * Two computers, one journal (issue 19): an end-to-end encrypted folder the couple already
 * syncs (Syncthing, a cloud folder, a USB stick). Hearth only reads and writes files there.
 */
export const syncContract = {
  'sync.status': { input: NoInput, output: SyncStatus },
  /** Share this journal through a folder (the first computer). */
  'sync.start': {
    input: z.strictObject({
      folder: FolderToken,
      computerName: ComputerName,
      /** Optional: lets a computer join with the journal's recovery code as well as a pairing code. */
      recoveryCode: RecoveryCodeText.optional(),
    }),
    output: SyncStatus,
  },
  /** A one-time code to type on the other computer; it works once and expires. */
  'sync.pairingCode': { input: NoInput, output: z.object({ code: z.string(), expiresAt: z.number() }) },
  /** Join the journal shared in that folder, with the pairing code or the journal's recovery code. */
  'sync.join': {
    input: z.union([
      z.strictObject({ folder: FolderToken, computerName: ComputerName, pairingCode: PairingCode }),
      z.strictObject({ folder: FolderToken, computerName: ComputerName, recoveryCode: RecoveryCodeText }),
    ]),
    output: SyncStatus,
  },
  /** Sync now rather than at the next change or tick. */
  'sync.now': { input: NoInput, output: SyncStatus },
  /** Takes a computer out: the sync key changes, and it can read nothing written after. */
  'sync.removeComputer': { input: z.strictObject({ id: z.string().regex(/^[0-9a-f]{32}$/) }), output: SyncStatus },
  /** Stops syncing on this computer; its journal stays as it is. */
  'sync.stop': { input: NoInput, output: SyncStatus },
  /** Every saved version of an entry, oldest first (kept by sync). */
  'entries.history': { input: z.strictObject({ id: EntryId }), output: z.object({ versions: z.array(EntryVersion) }) },
  /** The native folder dialog (answered by main/app). */
  'sync.chooseFolder': { input: NoInput, output: ChosenFolder },
} as const;
