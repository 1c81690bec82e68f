import { z } from 'zod';
import type { AppChannelName, ChannelName } from './channels';
import { backupContract } from './features/backup';
import { backupDialogsContract } from './features/backup-dialogs';
import { checkInsContract } from './features/checkins';
import { deckContract } from './features/deck';
import { journalContract } from './features/journal';
import { privateContract } from './features/private';
import { timelineContract } from './features/timeline';
import { sessionsContract } from './features/sessions';
import { settingsContract } from './features/settings';
import { sheetContract } from './features/sheet';
import { syncContract } from './features/sync';
import { vaultContract } from './features/vault';

/**
 * Every channel between the renderer and main: its name, the schema its input must pass,
 * and the schema of what it returns. Each feature declares its part in features/; this
 * merges them. main/app validates against it, preload generates `window.hearth` from the
 * names, and the test harness serves the same table.
 */
export const contract = {
  ...vaultContract,
  ...settingsContract,
  ...journalContract,
  ...checkInsContract,
  ...timelineContract,
  ...sessionsContract,
  ...deckContract,
  ...privateContract,
  ...backupContract,
  ...backupDialogsContract,
  ...sheetContract,
  ...syncContract,
} as const satisfies Record<ChannelName, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
// Both directions: every name has a schema (above), and every schema has a name (here).
const everyChannelIsNamed: ChannelName = '' as Channel;
void everyChannelIsNamed;

/** Answered by main/app (they need Electron), not by the core handler table. */
export type AppChannel = AppChannelName;
/** Answered by the core handler table, in Electron and in the test harness alike. */
export type CoreChannel = Exclude<Channel, AppChannel>;

export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = z.infer<Contract[C]['output']>;

export const Progress = z.object({
  taskId: z.string(),
  phase: z.string(),
  done: z.number(),
  total: z.number(),
});
export type Progress = z.infer<typeof Progress>;

export { WrittenAt } from './written-at';
export { EntryCursor } from './features/journal';
export { CHANNEL_NAMES as CHANNELS, ipcChannelName, LOCKED_EVENT, PROGRESS_EVENT } from './channels';
