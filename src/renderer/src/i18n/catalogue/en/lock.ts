/**
 * The lock screen, choosing a new passphrase after a recovery, and the passphrase fields and
 * checks the lock screens lent to the rest of the app (now in ui/). (US spelling; catalogue/en-GB
 * holds the British variants.)
 */
export const lock = {
  lock: 'Lock',
  checking: 'Checking…',
  locked: {
    heading: 'Your journal is locked',
    deviceLede: 'Open it when you are ready. Nothing in it is shown until you do.',
    passphraseLede: 'Type your passphrase to open it. Nothing in it is shown until you do.',
    recoveryLede: 'Type the recovery code you wrote down or printed when you set up Hearth.',
    open: 'Open journal',
    cannotOpen: 'Cannot open it? Use your recovery code',
    forgot: 'Forgot your passphrase? Use your recovery code',
    usePassphrase: 'Use your passphrase instead',
    useDevice: 'Open without typing instead',
    passphrase: 'Passphrase',
    recoveryCode: 'Recovery code',
    recoveryHint: 'Five groups of five letters and numbers. Spaces, dashes and small letters are fine.',
    unlock: 'Unlock',
    openWithCode: 'Open with recovery code',
    typePassphrase: 'Please type your passphrase.',
    typeCode: 'Please type your recovery code.',
  },
  chooseNew: {
    heading: 'Choose a new passphrase for this computer',
    lede: 'You opened the journal with your recovery code. Choose the passphrase you will type from now on; your recovery code stays the same.',
    saving: 'Saving your new passphrase…',
    save: 'Save passphrase',
  },
  /** ui/PassphraseField, ui/NewPassphraseFields and ui/check-passphrase. */
  field: {
    show: 'Show',
    /** The Show button's name: it starts with the visible word "Show". */
    showNamed: 'Show {{label}}',
    newPassphrase: 'New passphrase',
    newHint_one:
      'At least {{count}} character. A short sentence works well: easy for the two of you to remember, hard for anyone else to guess.',
    newHint_other:
      'At least {{count}} characters. A short sentence works well: easy for the two of you to remember, hard for anyone else to guess.',
    again: 'Type it again',
    showAgain: 'Show the passphrase typed again',
    choose: 'Please choose a passphrase.',
    tooShort_one: 'Use at least {{count}} character. A short sentence works well.',
    tooShort_other: 'Use at least {{count}} characters. A short sentence works well.',
    typeAgain: 'Please type the passphrase a second time.',
    noMatch: 'The two do not match. Please type the passphrase again.',
  },
} as const;
