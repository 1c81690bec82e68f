import { HearthError } from '../errors';

/**
 * The sentences a person meets when their journal cannot be set up, unlocked or relocked
 * (hearth.ts and vault/). Each says what happened and what to do; none quotes a
 * passphrase, a recovery code, a key or a path.
 */
export const vaultError = {
  notSetUp: () => new HearthError('NOT_SET_UP', 'There is no journal here yet.'),
  alreadySetUp: () => new HearthError('ALREADY_SET_UP', 'This journal is already set up.'),
  locked: () => new HearthError('LOCKED', 'The journal is locked. Unlock it to continue.'),
  databaseMissing: () =>
    new HearthError('DATABASE_CORRUPT', 'The journal file is missing from its folder. Restore a backup to get it back.'),
  passphraseTooShort: (min: number) =>
    new HearthError('PASSPHRASE_TOO_SHORT', `A passphrase needs at least ${min} characters; a short sentence works well.`),
  currentPassphraseRequired: () =>
    new HearthError('PASSPHRASE_REQUIRED', 'Enter your current passphrase to change how Hearth locks.'),
  passphraseRequired: () => new HearthError('PASSPHRASE_REQUIRED', 'This journal needs its passphrase to open.'),
  noPassphrase: () =>
    new HearthError('WRONG_PASSPHRASE', 'This journal has no passphrase; it opens on this computer without one.'),
  wrongPassphrase: () => new HearthError('WRONG_PASSPHRASE', 'That passphrase is not right.'),
  /** Shared with the private page, whose recovery codes have the same shape. */
  recoveryCodeTypo: (reason: 'typo' | 'length') =>
    new HearthError(
      'RECOVERY_CODE_TYPO',
      reason === 'typo'
        ? 'That recovery code has a typo somewhere. Check each group against your copy.'
        : 'A recovery code has 25 letters and digits, in five groups of five.',
    ),
  wrongRecoveryCode: () => new HearthError('WRONG_RECOVERY_CODE', 'That recovery code does not open this journal.'),
  deviceKeyMissing: () =>
    new HearthError(
      'DEVICE_KEY_MISSING',
      "This computer's keychain does not hold the key to this journal (it may have been removed, or the journal was copied here). " +
        'Open it with your recovery code. Nothing was changed.',
    ),
  keyMismatch: () =>
    new HearthError(
      'WRONG_KEY',
      "The key in this computer's keychain does not open this journal. Nothing was changed. Open it with your recovery code.",
    ),
  tampered: () =>
    new HearthError(
      'VAULT_TAMPERED',
      "This journal's vault file was changed by something other than Hearth, so Hearth will not trust it. Nothing was changed. " +
        'Open the journal with your recovery code, or restore a backup.',
    ),
  damaged: (cause?: unknown) =>
    new HearthError(
      'VAULT_CORRUPT',
      "This journal's vault file is damaged, so Hearth cannot find the key to it. Nothing was changed. " +
        'If you have a recovery code or a backup, you can use it to get your journal back.',
      { cause },
    ),
  unsafeKeySettings: () =>
    new HearthError('VAULT_CORRUPT', "This journal's vault file asks for key settings Hearth will not use. Nothing was changed."),
  fromFuture: () =>
    new HearthError(
      'VAULT_FROM_FUTURE',
      'This journal was set up by a newer version of Hearth. Update Hearth to open it; nothing was changed.',
    ),
  keychainUnavailable: (cause?: unknown) =>
    new HearthError(
      'KEYCHAIN_UNAVAILABLE',
      "Hearth could not reach this computer's keychain, where it keeps the key to your journal. " +
        'On Linux, install and start a Secret Service such as GNOME Keyring or KWallet, then open Hearth again. ' +
        'Nothing was stored.',
      { cause },
    ),
  keychainLocked: (cause?: unknown) =>
    new HearthError(
      'KEYCHAIN_LOCKED',
      "This computer's keychain is locked. Unlock it (usually by logging in again) and open Hearth again.",
      { cause },
    ),
};
