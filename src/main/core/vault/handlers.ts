import type { Hearth } from '../hearth';
import type { HandlerMap } from '../ipc/handlers';

export const vaultHandlers = (hearth: Hearth): HandlerMap<'app.status' | 'setup.create' | 'vault.unlock' | 'vault.lock'> => ({
  'app.status': () => hearth.status(),
  'setup.create': async ({ partners }) => (await hearth.setup(partners)).status,
  'vault.unlock': () => hearth.unlock(),
  'vault.lock': () => hearth.lock(),
});
