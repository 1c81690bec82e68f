import type { Hearth } from '../hearth';
import type { HandlerMap } from '../ipc/handlers';
import { readSettings, updateSettings } from './settings';

export const settingsHandlers = (hearth: Hearth): HandlerMap<'settings.get' | 'settings.update'> => ({
  'settings.get': () => readSettings(hearth.db()),
  'settings.update': (changes) => updateSettings(hearth.db(), changes),
});
