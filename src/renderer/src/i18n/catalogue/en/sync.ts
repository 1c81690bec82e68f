/** Two computers, one journal (issue 19): the Settings section and an entry's history. */
export const sync = {
  title: 'Two computers',
  reading: 'Looking at sync…',

  off: {
    about:
      'If you each have your own computer, Hearth can keep this journal on both, through a folder you already keep in step between them: Syncthing, a cloud folder, or a USB stick you carry across.',
    sealed:
      'Hearth writes only sealed files into that folder, which no one without your journal can read, and it never connects to the internet itself.',
    share: 'Share this journal',
    join: 'Join from another computer',
  },

  setup: {
    shareTitle: 'Share this journal',
    joinTitle: 'Join from another computer',
    shareIntro: 'Choose the shared folder and give this computer a name. Then show a pairing code here and type it on the other computer.',
    joinIntro:
      'Choose the same shared folder on this computer, give it a name, and type the code shown on the other computer. This computer’s journal should be new: the shared one takes its place.',
    folderLabel: 'Shared folder',
    noFolder: 'No folder chosen yet.',
    chosenFolder: 'Chosen: {{folder}}',
    chooseFolder: 'Choose the folder',
    chooseAnother: 'Choose another folder',
    needFolder: 'Choose the folder you share between your computers first.',
    nameLabel: 'This computer’s name',
    nameHint: 'So you can tell the two apart, like “Robin’s laptop”.',
    needName: 'Give this computer a name, so you can tell the two apart.',
    codeLabel: 'Pairing code',
    codeHint: 'Type the code the other computer shows, or this journal’s recovery code.',
    needCode: 'Type the pairing code from the other computer, or your recovery code.',
    badCode: 'That is not quite a pairing code (five groups, 26 characters) or a recovery code (25 characters). Please check it.',
    start: 'Start sharing',
    joinButton: 'Join',
    starting: 'Setting up the folder…',
    joining: 'Joining… this can take a little while.',
  },

  on: {
    through: 'Syncing through the folder {{folder}}.',
    lastSync: 'Last synced {{when}}.',
    neverSynced: 'Not synced yet.',
    waiting_one: '{{count}} change is waiting to go into the folder.',
    waiting_other: '{{count}} changes are waiting to go into the folder.',
    allIn: 'Everything written here is in the folder.',
    computers: 'Computers sharing this journal',
    thisComputer: '(this computer)',
    remove: 'Remove<hidden> {{name}}</hidden>',
    syncNow: 'Sync now',
    syncing: 'Syncing…',
    synced: 'Synced just now.',
    stop: 'Stop syncing on this computer',
    stopTitle: 'Stop syncing on this computer?',
    stopText:
      'The journal stays on this computer just as it is now. New writing here no longer goes to the other computer, and theirs no longer comes here.',
    stopConfirm: 'Stop syncing',
    keepSyncing: 'Keep syncing',
    stopped: 'Syncing is off on this computer. The journal is still here.',
    removeTitle: 'Remove {{name}}?',
    removeText:
      'Hearth will change the key that seals the folder. {{name}} keeps what it already has, but can read nothing written from now on, and nothing it writes will be taken in.',
    removeConfirm: 'Remove {{name}}',
    keepIt: 'Keep it',
    removed: '{{name}} no longer shares this journal.',
    rejected_one: '{{count}} file in the folder could not be opened (damaged, or from another journal); it was ignored.',
    rejected_other: '{{count}} files in the folder could not be opened (damaged, or from another journal); they were ignored.',
  },

  pairing: {
    show: 'Show a pairing code',
    showNew: 'Show a new pairing code',
    making: 'Making a code…',
    title: 'Pairing code',
    groups: 'Pairing code, in five groups',
    how: 'On the other computer, open Settings, choose “Join from another computer”, and type this code. It works once.',
    expiresIn: 'It expires in {{time}}.',
    expired: 'This code has expired. Show a new one when the other computer is ready.',
    hide: 'Hide the code',
  },

  problem: {
    'folder-missing':
      'Hearth cannot find the shared folder. If it lives on a USB stick or another drive, plug it in; if it was moved or renamed, put it back. Your journal is safe here meanwhile.',
    'folder-read-only':
      'Hearth cannot write into the shared folder. Check that the folder is not read-only and that your sync app is running. Your journal is safe here meanwhile.',
    'disk-full':
      'The disk that holds the shared folder is full. Make some room there and Hearth will carry on by itself. Your journal is safe here meanwhile.',
  },

  when: {
    justNow: 'just now',
    minutes_one: 'a minute ago',
    minutes_other: '{{count}} minutes ago',
    hours_one: 'an hour ago',
    hours_other: '{{count}} hours ago',
    on: 'on {{date}}',
  },

  history: {
    action: 'History<hidden> of the entry by {{who}}</hidden>',
    parallelNote: 'Edited on both computers at the same time — both versions are kept.',
    title: 'Versions of this entry',
    intro: 'Newest first. Every version saved on either computer is kept here.',
    opening: 'Opening the history…',
    savedOn: 'Saved on {{computer}}, {{when}}',
    shown: 'Shown in the journal',
    parallel: 'Edited at the same time as another version',
    none: 'No versions are kept for this entry yet.',
    feeling: 'Feeling {{mood}}',
    tags: 'Tags',
  },
} as const;
