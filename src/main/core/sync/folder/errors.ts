import { HearthError } from '../../errors';

/**
 * What a person reads when the sync folder cannot be used. Never a path, a file name or
 * anything from inside a file: the sentence may be shown, logged or sent across IPC.
 */
export const folderError = {
  missing: (cause?: unknown) =>
    new HearthError(
      'SYNC_FOLDER_MISSING',
      'The shared folder is not there any more (it may have been moved, renamed, or be on a drive that is not plugged in). Your journal is safe on this computer.',
      { cause },
    ),
  readOnly: (cause?: unknown) =>
    new HearthError(
      'SYNC_FOLDER_READ_ONLY',
      'Hearth cannot write into the shared folder. Check that it is not read-only and that you may change it. Your journal is safe on this computer.',
      { cause },
    ),
  diskFull: (cause?: unknown) =>
    new HearthError(
      'SYNC_DISK_FULL',
      'The disk holding the shared folder is full, so Hearth could not write its changes there. Free some space; your journal is safe on this computer.',
      { cause },
    ),
  unreadable: (cause?: unknown) =>
    new HearthError(
      'SYNC_FOLDER_UNREADABLE',
      'Hearth could not use the shared folder just now. It will try again; your journal is safe on this computer.',
      { cause },
    ),
};

const code = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/** Turns a file-system failure into one of the sentences above. */
export function asFolderError(error: unknown): HearthError {
  if (error instanceof HearthError) return error;
  switch (code(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return folderError.missing(error);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return folderError.readOnly(error);
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return folderError.diskFull(error);
    default:
      return folderError.unreadable(error);
  }
}

export const pairingError = {
  wrong: () => new HearthError('SYNC_CODE_WRONG', 'That code does not open an invitation in this folder. Check it against the other computer and try again.'),
  malformed: () => new HearthError('SYNC_CODE_WRONG', 'A pairing code has 26 letters and digits. Check it against the other computer and try again.'),
  expired: () => new HearthError('SYNC_CODE_EXPIRED', 'That pairing code has expired. Ask for a new one on the other computer.'),
  noOffer: () =>
    new HearthError(
      'SYNC_NO_OFFER',
      'This folder holds no invitation yet. If the other computer has just shown a code, wait for the folder to finish syncing, then try again.',
    ),
  recoveryWrong: () => new HearthError('SYNC_CODE_WRONG', 'That recovery code does not open this shared journal.'),
  noRecoveryOffer: () =>
    new HearthError('SYNC_NO_OFFER', 'This folder does not let a recovery code join yet. Join with a pairing code from the other computer instead.'),
};

/** Who belongs to the shared journal, and this computer's own keys. */
export const memberError = {
  removedHere: () =>
    new HearthError('SYNC_NOT_MEMBER', 'This computer was removed from the shared journal, so it no longer syncs. Your journal is safe on this computer.'),
  notOurFile: () => new HearthError('INVALID_INPUT', 'Hearth only removes files this computer put in the shared folder.'),
  noLongerMember: () => new HearthError('SYNC_NOT_MEMBER', 'This computer is no longer part of this shared journal, so it cannot change who is.'),
  cannotRemoveItself: () => new HearthError('INVALID_INPUT', 'This computer cannot remove itself; remove it from another computer.'),
  notAMember: () => new HearthError('NOT_FOUND', 'That computer is not part of this shared journal.'),
  cannotComeBack: () =>
    new HearthError('SYNC_NOT_MEMBER', 'That computer was removed from this shared journal and cannot come back under the same identity.'),
  keysUnreadable: () => new HearthError('INTERNAL', 'The sync keys saved in this journal could not be read.'),
  identityUnreadable: () => new HearthError('INTERNAL', "This computer's sync identity could not be read."),
};
