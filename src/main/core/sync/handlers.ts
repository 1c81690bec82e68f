import type { CoreChannelsOf, HandlerMap } from '../ipc/handlers';
import type { syncContract } from '../../../shared/ipc/features/sync';
import type { SyncService } from './service';

export type SyncCoreChannel = CoreChannelsOf<typeof syncContract>;

export const syncHandlers = (sync: SyncService): HandlerMap<SyncCoreChannel> => ({
  'sync.status': () => sync.status(),
  'sync.start': ({ folder, computerName, recoveryCode }) => sync.start(folder, computerName, recoveryCode),
  'sync.pairingCode': () => sync.pairingCode(),
  'sync.join': (input) =>
    sync.join(input.folder, input.computerName, 'pairingCode' in input ? { pairingCode: input.pairingCode } : { recoveryCode: input.recoveryCode }),
  'sync.now': () => sync.syncNow(),
  'sync.removeComputer': ({ id }) => sync.removeComputer(id),
  'sync.stop': () => sync.stop(),
  'entries.history': async ({ id }) => ({ versions: await sync.history(id) }),
});
