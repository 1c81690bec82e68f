/**
 * The names of every channel, without their schemas, so the sandboxed preload can expose
 * them without bundling a validator it has no use for (validation happens in main).
 * contract.ts is checked against this list at compile time.
 */
export const CHANNEL_NAMES = [
  'app.status',
  'setup.create',
  'vault.unlock',
  'vault.lock',
  'journal.summary',
  'entries.list',
  'entries.create',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** The Electron IPC channel that carries a contract channel (namespaced so nothing collides). */
export const ipcChannelName = (channel: ChannelName): string => `hearth:${channel}`;

/** The single event channel for long work; its payload names the task. */
export const PROGRESS_EVENT = 'hearth:progress';
