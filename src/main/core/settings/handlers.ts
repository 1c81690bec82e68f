import type { Hearth } from '../hearth';
import type { CoreChannelsOf, HandlerMap } from '../ipc/handlers';
import type { settingsContract } from '../../../shared/ipc/features/settings';
import { readSettings, updateSettings } from './settings';

export const settingsHandlers = (hearth: Hearth): HandlerMap<CoreChannelsOf<typeof settingsContract>> => ({
  'settings.get': () => readSettings(hearth.db()),
  'settings.update': (changes) => updateSettings(hearth.db(), changes),
});
