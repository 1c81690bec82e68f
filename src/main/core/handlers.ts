import { backupHandlers } from './backup/handlers';
import type { Progress } from '../../shared/ipc/contract';
import type { Hearth } from './hearth';
import type { HandlerTable } from './ipc/handlers';
import { checkInHandlers } from './checkins/handlers';
import { deckHandlers } from './deck/handlers';
import { journalHandlers } from './journal/handlers';
import { privateHandlers } from './private/handlers';
import { timelineHandlers } from './timeline/handlers';
import { sessionHandlers } from './sessions/handlers';
import { settingsHandlers } from './settings/handlers';
import { createSyncService, syncFolderTokens, syncHandlers, type SyncService } from './sync';
import { vaultHandlers } from './vault/handlers';

export interface HandlerOptions {
  /** Where long work (backup, restore) reports how far it has got. */
  onProgress?: (progress: Progress) => void;
  /**
   * Sync's service; by default one is made that syncs in the background only when `syncInBackground`
   * is set (the app and the harness), so other callers never start a timer.
   */
  sync?: SyncService;
  syncInBackground?: boolean;
}

/** Every feature's handlers, merged into the one table the contract demands. */
export function createHandlers(hearth: Hearth, options: HandlerOptions = {}): HandlerTable {
  const sync = options.sync ?? createSyncService({ hearth, folderTokens: syncFolderTokens, background: options.syncInBackground ?? false });
  const vault = vaultHandlers(hearth);
  // A recovery code is in hand only when it is made: sync keeps it stretched (never the code),
  // so that a second computer can join with it. Off the critical path: a failure here only
  // means joining needs a pairing code.
  const remember = (code: string) => void sync.rememberRecoveryCode(code).catch(() => undefined);
  return {
    ...vault,
    'setup.create': async (input) => {
      const created = await vault['setup.create'](input);
      remember(created.recoveryCode);
      return created;
    },
    'vault.regenerateRecoveryCode': async (input) => {
      const made = await vault['vault.regenerateRecoveryCode'](input);
      remember(made.recoveryCode);
      return made;
    },
    ...journalHandlers(hearth),
    ...checkInHandlers(hearth),
    ...timelineHandlers(hearth),
    ...sessionHandlers(hearth),
    ...deckHandlers(hearth),
    ...privateHandlers(hearth),
    ...settingsHandlers(hearth),
    ...backupHandlers(hearth, options.onProgress ? { onProgress: options.onProgress } : {}),
    ...syncHandlers(sync),
  } satisfies HandlerTable;
}
