import type { CoreDeps, SliceHandlers } from '../handlers';

export const settingsHandlers = (deps: CoreDeps): SliceHandlers<'settings'> => ({
  'settings.get': () => deps.settings.get(),
  'settings.update': (patch) => deps.settings.update(patch),
});
