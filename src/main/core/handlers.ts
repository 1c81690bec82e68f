import type { Hearth } from './hearth';
import type { HandlerTable } from './ipc/handlers';
import { journalHandlers } from './journal/handlers';
import { sessionHandlers } from './sessions/handlers';
import { settingsHandlers } from './settings/handlers';
import { vaultHandlers } from './vault/handlers';

/** Every feature's handlers, merged into the one table the contract demands. */
export function createHandlers(hearth: Hearth): HandlerTable {
  return {
    ...vaultHandlers(hearth),
    ...journalHandlers(hearth),
    ...sessionHandlers(hearth),
    ...settingsHandlers(hearth),
  } satisfies HandlerTable;
}
