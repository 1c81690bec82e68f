/** The backup screen (make, restore) and the safety copies in Settings. (US spelling.) */
export const backup = {
  title: 'Backup',
  lede: 'Keep a copy of your journal somewhere safe, and bring it back here or on another computer. Backups are encrypted with a passphrase you choose.',

  /** Counted things, said plainly ({{n}} is the number already formatted for the locale). */
  counts: {
    entries_one: '{{n}} entry',
    entries_other: '{{n}} entries',
    checkIns_one: '{{n}} check-in',
    checkIns_other: '{{n}} check-ins',
    sessions_one: '{{n}} session',
    sessions_other: '{{n}} sessions',
    /** Entries, with those in the trash said separately: "12 entries, and 2 entries in the trash". */
    withTrash: '{{entries}}, and {{trash}} in the trash',
  },
  size: {
    bytes_one: '{{count}} byte',
    bytes_other: '{{count}} bytes',
    kb: '{{n}} KB',
    mb: '{{n}} MB',
    gb: '{{n}} GB',
  },
  summary: {
    noNames: 'No names',
    nothingWritten: 'Nothing written yet',
    range: '{{from}} to {{to}}',
    made: 'Made',
    madeBy: '{{when}}, by Hearth {{version}}',
    partners: 'Partners',
    entries: 'Entries',
    checkIns: 'Check-ins',
    sessions: 'Sessions',
    covers: 'Covers',
  },

  passphrase: {
    choose: 'Please choose a passphrase for this backup.',
    tooShort_one: 'Use at least {{count}} character. A short sentence works well.',
    tooShort_other: 'Use at least {{count}} characters. A short sentence works well.',
    typeAgain: 'Please type the passphrase a second time.',
    noMatch: 'The two do not match. Please type the passphrase again.',
  },

  /** How hard a passphrase is to guess: no numbers, no red, never a verdict on the person. */
  strength: {
    veryEasy: 'Very easy to guess.',
    easy: 'Easy to guess.',
    fairlyHard: 'Fairly hard to guess.',
    hard: 'Hard to guess.',
    veryHard: 'Very hard to guess.',
    addWords: 'Add a few more words: a short sentence only the two of you would think of.',
    anotherWord: 'Another word or two would make it much harder to guess.',
    good: 'A good choice.',
    before: 'As you type, Hearth says how hard the passphrase would be to guess.',
    failed: 'Hearth could not estimate how hard this is to guess. A short sentence of five or more words is a safe choice.',
    estimating: 'Estimating how hard it is to guess…',
  },

  /** What each phase of the work is, said plainly while the bar moves. */
  phases: {
    reading: 'Reading your journal…',
    encrypting: 'Encrypting the backup…',
    verifying: 'Checking that the backup opens…',
    decrypting: 'Opening the backup…',
    checking: 'Checking everything in it…',
    writing: 'Writing your journal…',
  },

  export: {
    title: 'Make a backup',
    about:
      'One encrypted file with everything in your journal: entries, check-ins, sessions and settings. Keep it somewhere other than this computer, such as a USB stick.',
    chooseWhere: 'Choose where to save it…',
    savingTo: 'Saving to',
    chooseElsewhere: 'Choose another place<hidden> to save the backup</hidden>',
    passphrase: 'Backup passphrase',
    passphraseHint_one: 'At least {{count}} character. It can differ from the passphrase that locks Hearth.',
    passphraseHint_other: 'At least {{count}} characters. It can differ from the passphrase that locks Hearth.',
    showPassphrase: 'Show the backup passphrase',
    again: 'Type it again',
    showAgain: 'Show the backup passphrase typed again',
    warning:
      '<strong>Keep this passphrase safe.</strong> If it is lost, nobody can open the backup: not you, and not Hearth, which never keeps a copy of it. Write it down and keep it apart from the backup file.',
    progress: 'Making the backup',
    gettingReady: 'Getting ready…',
    make: 'Make the backup',
    making: 'Making the backup…',
    saved: 'Saved as {{fileName}} ({{size}}), with {{entries}}, {{checkIns}} and {{sessions}}.',
  },

  restore: {
    title: 'Restore from a backup',
    about:
      'Bring back a journal from a backup file, on this computer or a new one. You see what is in the backup before anything changes.',
    doneTitle: 'Your journal is restored',
    done: 'It is as it was when the backup was made, {{when}}. Everything Hearth shows now comes from the backup: {{entries}}, {{checkIns}} and {{sessions}}.',
    keptCopy: 'The journal as it was before is kept as a safety copy. You will find it in Settings, under Safety copies.',
    chooseFile: 'Choose a backup file…',
    openLabel: 'Open a backup',
    file: 'Backup file',
    chooseAnother: 'Choose another file<hidden> to restore</hidden>',
    passphrase: 'The backup’s passphrase',
    passphraseHint: 'The passphrase chosen when this backup was made.',
    showPassphrase: 'Show the backup’s passphrase',
    emptyPassphrase: 'Please type the passphrase this backup was made with.',
    opening: 'Opening the backup',
    unlocking: 'Unlocking the backup…',
    openingNow: 'Opening the backup…',
    open: 'Open the backup',
    summaryTitle: 'What is in this backup',
    nothingChanged: 'Nothing has changed yet.',
    emptyJournal: 'This journal is still empty, so the backup can go straight into it.',
    restoreInto: 'Restore into this journal',
    fullJournal: 'This journal already has things in it. Restoring replaces all of them with what is in the backup.',
    replaceAsk: 'Replace this journal…',
    confirmTitle: 'Replace this journal with the backup?',
    confirmText:
      'Everything in this journal now (entries, check-ins, sessions and settings) is replaced by what is in the backup. Hearth first keeps a safety copy of the journal as it is now; you will find it in Settings, under Safety copies.',
    replace: 'Replace this journal',
    keep: 'Keep this journal',
    restoring: 'Restoring the backup',
  },

  safetyCopies: {
    title: 'Safety copies',
    about:
      'Each time a backup replaced this journal, Hearth kept the journal as it was just before, encrypted like the journal itself, on this computer. Delete a copy once you are sure you will not need it.',
    looking: 'Looking for safety copies…',
    none: 'There are no safety copies.',
    kept: 'Kept {{when}}<quiet> · {{size}}</quiet>',
    delete: 'Delete<hidden> the safety copy kept {{when}}</hidden>',
    deleted: 'The safety copy from {{when}} is deleted.',
    confirmTitle: 'Delete this safety copy for good?',
    confirmText:
      'This is final. The journal as it was before that restore is erased from this computer and cannot be brought back.',
    deleteForGood: 'Delete for good',
    keep: 'Keep it',
  },
} as const;
