/**
 * The names of every channel, without their schemas, so the sandboxed preload can expose
 * them without bundling a validator it has no use for (validation happens in main).
 * contract.ts is checked against this list at compile time.
 */
export const CHANNEL_NAMES = [
  // vault: setup, lock and unlock (features/vault.ts)
  'app.status',
  'setup.create',
  'vault.unlock',
  'vault.lock',
  'vault.changeLock',
  'vault.regenerateRecoveryCode',
  'settings.get',
  'settings.update',
  // journal: entries, check-ins, timeline (features/journal.ts)
  'journal.summary',
  'entries.list',
  'entries.get',
  'entries.create',
  'entries.update',
  'entries.delete',
  'entries.restore',
  'entries.trash.list',
  'entries.trash.empty',
  'entries.search',
  'entries.tags',
  'checkins.create',
  'checkins.list',
  'checkins.latest',
  'timeline.get',
  'timeline.events',
  // exercises: guided sessions (features/sessions.ts)
  'sessions.start',
  'sessions.get',
  'sessions.inProgress',
  'sessions.recent',
  'sessions.moveTo',
  'sessions.complete',
  'sessions.abandon',
  'home.suggestion',
  // conversation deck, question for today, first fortnight (features/deck.ts)
  'deck.today',
  'deck.skipToday',
  'deck.draw',
  'deck.favourite',
  'deck.favourites',
  'deck.talked',
  'fortnight.get',
  'fortnight.update',
  // private pages, one per partner (features/private.ts)
  'private.status',
  'private.create',
  'private.unlock',
  'private.lock',
  'private.notes.list',
  'private.notes.create',
  'private.notes.update',
  'private.notes.delete',
  'private.notes.search',
  'private.notes.share',
  'private.checkins.create',
  'private.checkins.list',
  // backup: export and restore (features/backup.ts)
  'backup.export',
  'backup.inspect',
  'backup.restore',
  'backup.safetyCopies.list',
  'backup.safetyCopies.delete',
  // backup: the native dialogs that pick its files (features/backup-dialogs.ts; answered by main/app)
  'backup.chooseExportPath',
  'backup.chooseBackupFile',
  // conversation sheet: print and save as PDF (features/sheet.ts; answered by main/app)
  'sheet.print',
  'sheet.savePdf',
  // two computers, one journal (features/sync.ts)
  'sync.status',
  'sync.start',
  'sync.pairingCode',
  'sync.join',
  'sync.now',
  'sync.removeComputer',
  'sync.stop',
  'entries.history',
  'sync.chooseFolder',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

/**
 * Channels that need Electron (printing, native dialogs): main/app answers them itself,
 * behind the same sender check and validation, and the core handler table leaves them out.
 */
export const APP_CHANNEL_NAMES = [
  'sheet.print',
  'sheet.savePdf',
  'backup.chooseExportPath',
  'backup.chooseBackupFile',
  'sync.chooseFolder',
] as const satisfies readonly ChannelName[];
export type AppChannelName = (typeof APP_CHANNEL_NAMES)[number];

/**
 * The hidden print window's two calls, outside the contract: it asks for the sheet it was
 * opened for, and says how many pages it laid it out on. Main answers only that window.
 */
export const PRINT_WINDOW_CHANNELS = {
  sheet: 'hearth-print:sheet',
  laidOut: 'hearth-print:laid-out',
} as const;

/** The Electron IPC channel that carries a contract channel (namespaced so nothing collides). */
export const ipcChannelName = (channel: ChannelName): string => `hearth:${channel}`;

/** The single event channel for long work; its payload names the task. */
export const PROGRESS_EVENT = 'hearth:progress';

/** Main locked the journal by itself (sleep, OS screen lock, the menu): the page must drop what it shows. */
export const LOCKED_EVENT = 'hearth:locked';
