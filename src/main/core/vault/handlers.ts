import type { Hearth } from '../hearth';
import type { HandlerMap } from '../ipc/handlers';

type VaultChannels =
  | 'app.status'
  | 'setup.create'
  | 'vault.unlock'
  | 'vault.lock'
  | 'vault.changeLock'
  | 'vault.regenerateRecoveryCode';

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
