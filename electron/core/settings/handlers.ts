import type { SettingsStore } from './store';
import type { SliceHandlers } from '../slice';

export const settingsHandlers = (deps: { settings: SettingsStore }): SliceHandlers<'settings'> => ({
  'settings.get': () => deps.settings.get(),
  'settings.update': (patch) => deps.settings.update(patch),
});
