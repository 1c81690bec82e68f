import { HearthError } from '../errors';

/**
 * The sentences a partner meets on their private page. None quotes a note, a private
 * passphrase or a recovery code. A recovery code's typo reads as the journal's does
 * (vaultError.recoveryCodeTypo): the codes have the same shape.
 */
export const privateError = {
  noteGone: () => new HearthError('NOT_FOUND', 'That note is no longer on your private page.'),
  notSetUp: () => new HearthError('NOT_SET_UP', 'There is no private page here yet.'),
  alreadySetUp: () => new HearthError('ALREADY_SET_UP', 'This partner already has a private page.'),
  locked: () => new HearthError('LOCKED', 'This private page is locked. Open it with its private passphrase.'),
  passphraseTooShort: (min: number) =>
    new HearthError('PASSPHRASE_TOO_SHORT', `A private passphrase needs at least ${min} characters; a short sentence works well.`),
  wrongPassphrase: () => new HearthError('WRONG_PASSPHRASE', 'That private passphrase is not right.'),
  noRecoveryCode: () => new HearthError('WRONG_RECOVERY_CODE', 'This private page was made without a recovery code.'),
  wrongRecoveryCode: () => new HearthError('WRONG_RECOVERY_CODE', 'That private recovery code does not open this page.'),
  damaged: (cause?: unknown) =>
    new HearthError(
      'VAULT_CORRUPT',
      "This private page's key file is damaged, so Hearth cannot open the page. Nothing was changed.",
      { cause },
    ),
  fromFuture: () =>
    new HearthError('VAULT_FROM_FUTURE', 'This private page was made by a newer version of Hearth. Update Hearth to open it.'),
  backupDamaged: () => new HearthError('BACKUP_INVALID', 'A private page in this backup is damaged, so nothing was restored.'),
};
