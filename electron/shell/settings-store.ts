import Store from 'electron-store';
import type { Settings, SettingsPatch } from '../api/settings';
import { DEFAULT_SETTINGS, Settings as SettingsSchema } from '../api/settings';
import { recover } from '../core/settings/json-store';
import type { SettingsStore } from '../core/settings/store';

/** Preferences in electron-store (config.json in the data folder), validated by the same schema. */
export class ElectronSettingsStore implements SettingsStore {
  private readonly store = new Store<Settings>({ name: 'settings', defaults: DEFAULT_SETTINGS, clearInvalidConfig: true, configFileMode: 0o600 });

  get(): Settings {
    return recover(this.store.store);
  }

  update(patch: SettingsPatch): Settings {
    const next = SettingsSchema.parse({ ...this.get(), ...patch });
    this.store.store = next;
    return next;
  }

  setWindowBounds(bounds: Settings['windowBounds']): void {
    this.store.set('windowBounds', bounds);
  }
}
