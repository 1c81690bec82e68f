import { HearthError } from '../errors';

/**
 * The sentences a person meets when a backup or restore cannot go ahead. Each says what
 * happened and what was (not) changed; none quotes the journal, a path's contents or a
 * passphrase.
 */
export const backupError = {
  wrongPassphrase: () =>
    new HearthError(
      'BACKUP_WRONG_PASSPHRASE',
      'That passphrase does not open this backup. Check it and try again; if you are sure it is right, the file may be damaged. Nothing was changed.',
    ),
  notAge: () =>
    new HearthError(
      'BACKUP_NOT_AGE',
      'This file is not a Hearth backup: it is not an age-encrypted file. Choose the .age file Hearth made. Nothing was changed.',
    ),
  notPassphrase: () =>
    new HearthError(
      'BACKUP_NOT_PASSPHRASE',
      'This age file is locked with a key, not a passphrase, so it is not a Hearth backup. Nothing was changed.',
    ),
  damaged: (cause?: unknown) =>
    new HearthError(
      'BACKUP_DAMAGED',
      'This backup file is damaged or incomplete (it may have been cut short or changed while copying), so it cannot be restored. Nothing was changed.',
      { cause },
    ),
  invalid: (detail?: string) =>
    new HearthError(
      'BACKUP_INVALID',
      `This backup opened, but what is inside is not a Hearth backup that can be restored${detail ? ` (${detail})` : ''}. Nothing was changed.`,
    ),
  fromFuture: (found: number, known: number) =>
    new HearthError(
      'BACKUP_FROM_FUTURE',
      `This backup was made by a newer version of Hearth (backup format ${found}; this version reads up to ${known}). Update Hearth to restore it. Nothing was changed.`,
    ),
  tooCostly: (logN: number, max: number) =>
    new HearthError(
      'BACKUP_TOO_COSTLY',
      `This file asks for far more work to unlock than any backup needs (scrypt work factor ${logN}; Hearth allows up to ${max}), so Hearth will not try. Nothing was changed.`,
    ),
  tooLarge: (detail?: string) =>
    new HearthError(
      'BACKUP_TOO_LARGE',
      detail
        ? `This file holds more than any Hearth backup could (${detail}), so Hearth will not restore it. Nothing was changed.`
        : 'This file is far larger than any Hearth backup could be, so Hearth will not open it. Nothing was changed.',
    ),
  unreadable: (cause?: unknown) =>
    new HearthError('BACKUP_UNREADABLE', 'Hearth could not read that file. Check that it still exists and that you may open it. Nothing was changed.', {
      cause,
    }),
  pathInvalid: (why: string) => new HearthError('BACKUP_PATH_INVALID', `${why} Nothing was written.`),
  writeFailed: (cause?: unknown) =>
    new HearthError(
      'BACKUP_WRITE_FAILED',
      'Hearth could not write the backup there (the folder may be read-only or gone). Choose another place. No backup file was left behind.',
      { cause },
    ),
  busy: () =>
    new HearthError('BACKUP_BUSY', 'Hearth is already making or restoring a backup. Wait for it to finish, then try again.'),
  diskFull: (during: 'export' | 'restore', cause?: unknown) =>
    new HearthError(
      'DISK_FULL',
      during === 'export'
        ? 'The disk is full, so the backup could not be written. Free some space or choose another place. No backup file was left behind, and your journal is unchanged.'
        : 'The disk is full, so the backup could not be restored. Free some space and try again. Your journal is unchanged.',
      { cause },
    ),
  notEmpty: () =>
    new HearthError(
      'JOURNAL_NOT_EMPTY',
      'This journal already has entries, check-ins or sessions, so a backup cannot be restored into it as if it were empty. Choose to replace the journal instead (a safety copy is kept). Nothing was changed.',
    ),
  unverified: () =>
    new HearthError(
      'BACKUP_WRITE_FAILED',
      'The backup Hearth wrote did not read back the same, so it was not kept. Try again, or choose another place. Nothing else was changed.',
    ),
  unexportable: (detail: string) =>
    new HearthError(
      'BACKUP_INVALID',
      `Part of this journal could not be put into a backup that Hearth could restore later (${detail}), so no backup was written. Your journal is unchanged.`,
    ),
  mismatch: () =>
    new HearthError('BACKUP_INVALID', 'The restored journal did not match the backup, so it was not used. Your journal is unchanged.'),
  /** A dialog's one-time token main no longer knows (spent, expired or made up): choose again. */
  unknownFile: (purpose: 'save' | 'open') =>
    new HearthError(
      // The same code as a path main refuses: either way, the person chooses the file again.
      'BACKUP_PATH_INVALID',
      purpose === 'save'
        ? 'Hearth no longer knows where you chose to save this backup. Choose the place again. Nothing was written.'
        : 'Hearth no longer knows which backup file you chose. Choose it again. Nothing was changed.',
    ),
  helperFailed: (cause?: unknown) =>
    new HearthError('INTERNAL', 'The part of Hearth that handles backups stopped unexpectedly. Nothing was changed; please try again.', {
      cause,
    }),
  safetyCopyGone: (deleting = false) =>
    new HearthError('NOT_FOUND', deleting ? 'That safety copy is no longer there. Nothing was deleted.' : 'That safety copy is no longer there.'),
  passphraseTooShort: (min: number) =>
    new HearthError('PASSPHRASE_TOO_SHORT', `A backup passphrase needs at least ${min} characters; a short sentence works well. Nothing was written.`),
};

const DISK_FULL_CODES = new Set(['ENOSPC', 'EFBIG', 'EDQUOT', 'SQLITE_FULL']);

/** A full disk shows up as several codes (a file-size limit is EFBIG, SQLite says SQLITE_FULL). */
export function isDiskFull(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (DISK_FULL_CODES.has((e as { code?: unknown }).code as string)) return true;
  }
  return false;
}

/** Keeps named errors as they are and gives every other failure a sentence. */
export function asBackupError(error: unknown, during: 'export' | 'restore'): HearthError {
  if (error instanceof HearthError) return error;
  if (isDiskFull(error)) return backupError.diskFull(during, error);
  const code = (error as { code?: unknown } | null)?.code;
  // A file-system refusal (EACCES, EROFS, ENOENT…) at the chosen place: say so. Anything
  // else is Hearth's own failure and is not dressed up as the user's folder's fault.
  if (during === 'export' && typeof code === 'string' && /^E[A-Z]+$/.test(code)) return backupError.writeFailed(error);
  return new HearthError(
    'INTERNAL',
    during === 'export'
      ? 'Something went wrong while making the backup. No backup file was left behind, and your journal is unchanged.'
      : 'Something went wrong while restoring. Your journal is unchanged; please try again.',
    { cause: error },
  );
}
