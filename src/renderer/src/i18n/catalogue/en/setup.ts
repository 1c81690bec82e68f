/** First run: the names, how the journal locks, the passphrase. (US spelling; catalogue/en-GB holds the British variants.) */
export const setup = {
  stepOf: 'Step {{step}} of {{steps}}',
  settingUp: 'Setting up',
  progress: { names: 'Your names', lock: 'Locking', passphrase: 'Passphrase', recovery: 'Recovery code' },
  continue: 'Continue',
  start: 'Start our journal',
  making: 'Making your journal…',
  backToSetup: 'Back to setting up',
  names: {
    heading: 'Welcome to Hearth',
    lede: 'A quiet place for the two of you to write, listen and grow closer. What you write stays on this computer, encrypted.',
    form: 'Your names',
    question: 'What are your names?',
    hint: 'Use the names you call each other. Hearth greets you with them.',
    first: 'First partner',
    second: 'Second partner',
    missing: 'Please write a name here.',
    check: 'Please check this name.',
    same: 'This is the same name as the first partner’s. Please use a different name for each of you.',
  },
  lock: {
    heading: 'Who uses this computer?',
    lede: 'Hearth locks your journal either way. How it locks depends on who else can sit here.',
    shared: 'Is this computer shared with anyone else?',
    sharedHint: 'For example a family computer, one you share with housemates, or one from work.',
    yes: 'Yes, someone else uses it too',
    no: 'No, only the two of us',
    unanswered: 'Please answer this question.',
    how: 'How should Hearth lock your journal?',
    passphrase: 'With a passphrase',
    passphraseExplains:
      'Hearth asks for your passphrase every time it opens. Anyone else who uses this computer, even while logged in as you, cannot open the journal without it.',
    device: 'With this computer’s login only',
    deviceExplains:
      'Hearth opens without asking whenever you are logged in to this computer. The journal stays encrypted against anyone who copies its files or uses another login, but not against someone using your login.',
    /** A choice's label with the advice after it, as one phrase. */
    recommended: '{{label}}<quiet> (recommended)</quiet>',
    eitherWay:
      'Either way you will get a recovery code, for a forgotten passphrase or a new computer. You can change this later in Settings.',
  },
  passphrase: {
    heading: 'Choose a passphrase',
    lede: 'You will type it each time you open Hearth. If you ever forget it, the recovery code you get next still opens your journal.',
    label: 'Passphrase',
  },
  recovery: {
    heading: 'Your recovery code',
    purposePassphrase: 'Your journal is ready. This code opens it if you forget your passphrase, or on another computer.',
    purposeDevice: 'Your journal is ready. This code opens it if this computer’s keychain is lost, or on another computer.',
  },
} as const;
