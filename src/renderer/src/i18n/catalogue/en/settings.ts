/** The settings screen: how the journal locks, the recovery code, the idle time. (US spelling.) */
export const settings = {
  title: 'Settings',
  reading: 'Reading your settings…',
  saving: 'Saving…',

  newCode: {
    heading: 'Your new recovery code',
    purpose:
      'Your old recovery code no longer works. This one opens the journal if you forget the passphrase, or on another computer.',
    confirmed: 'Your new recovery code is confirmed. The old one no longer works.',
  },

  lock: {
    title: 'How Hearth locks',
    withPassphrase:
      'Hearth asks for your passphrase each time it opens, so no one else who uses this computer can read your journal.',
    withoutPassphrase:
      'Hearth opens without a passphrase when you are logged in to this computer. If anyone else uses it, even now and then, add a passphrase.',
    addTitle: 'Add a passphrase',
    changeTitle: 'Change the passphrase',
    removeTitle: 'Turn the passphrase off',
    removeWarning: 'Anyone who can use your login on this computer will then be able to open the journal.',
    current: 'Current passphrase',
    typeCurrent: 'Please type your current passphrase.',
    newPassphrase: 'New passphrase',
    passphrase: 'Passphrase',
    add: 'Add passphrase',
    change: 'Change passphrase',
    remove: 'Turn the passphrase off',
    keepInstead: 'Keep the passphrase and change it instead',
    removeInstead: 'Turn the passphrase off instead',
    added: 'The passphrase is on. Hearth will ask for it each time it opens.',
    changed: 'Your passphrase is changed. Use the new one from now on.',
    removed: 'The passphrase is off. Hearth opens without it when you are logged in to this computer.',
  },

  recovery: {
    title: 'Recovery code',
    about:
      'Your recovery code opens the journal if you forget the passphrase or move to another computer. If it is lost, or someone else may have seen it, make a new one: the old one stops working at once.',
    showCurrent: 'Show the current passphrase for a new recovery code',
    making: 'Making a new code…',
    make: 'Make a new recovery code',
  },

  autoLock: {
    title: 'Locking by itself',
    label: 'Lock the journal when no one has used it for',
    hint: 'Any key, click or scroll counts as use. Hearth also locks when the computer goes to sleep.',
    never: 'Never',
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
    hours_one: '{{count}} hour',
    hours_other: '{{count}} hours',
    usual: '{{choice}} (the usual)',
    savedNever: 'Saved. Hearth will not lock by itself while it is open; lock it when you step away.',
    saved: 'Saved. Hearth locks after {{choice}} without use.',
  },
} as const;
