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
  'entries.create',
  // exercises: guided sessions (features/sessions.ts)
  'sessions.start',
  'sessions.get',
  'sessions.inProgress',
  'sessions.recent',
  'sessions.moveTo',
  'sessions.complete',
  'sessions.abandon',
  'home.suggestion',
  // backup: export and restore (features/backup.ts)
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** The Electron IPC channel that carries a contract channel (namespaced so nothing collides). */
export const ipcChannelName = (channel: ChannelName): string => `hearth:${channel}`;

/** The single event channel for long work; its payload names the task. */
export const PROGRESS_EVENT = 'hearth:progress';
