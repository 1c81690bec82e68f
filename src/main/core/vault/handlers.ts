import type { Hearth } from '../hearth';
import type { CoreChannelsOf, HandlerMap } from '../ipc/handlers';
import type { vaultContract } from '../../../shared/ipc/features/vault';

type VaultChannels = CoreChannelsOf<typeof vaultContract>;

export const vaultHandlers = (hearth: Hearth): HandlerMap<VaultChannels> => ({
  'app.status': () => hearth.status(),
  'setup.create': ({ partners, lock }) => hearth.setup(partners, lock),
  'vault.unlock': (secret) => hearth.unlock(secret ?? { method: 'device' }),
  'vault.lock': () => hearth.lock(),
  'vault.changeLock': ({ choice, currentPassphrase }) => hearth.changeLock(choice, currentPassphrase),
  'vault.regenerateRecoveryCode': async ({ currentPassphrase }) => ({
    recoveryCode: await hearth.regenerateRecoveryCode(currentPassphrase),
  }),
});
