import type { Settings, SettingsPatch } from '../../api/settings';

/** Implemented by electron-store in the desktop app and by a JSON file in the browser host. */
export interface SettingsStore {
  get(): Settings;
  update(patch: SettingsPatch): Settings;
  setWindowBounds(bounds: Settings['windowBounds']): void;
}
