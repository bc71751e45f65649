import fs from 'node:fs';
import path from 'node:path';
import type { Settings, SettingsPatch } from '../../api/settings';
import { DEFAULT_SETTINGS, Settings as SettingsSchema } from '../../api/settings';
import type { SettingsStore } from './store';

/**
 * Settings kept as JSON in the data directory (the browser host's stand-in for electron-store,
 * same schema). A damaged or hand-edited file falls back field by field to the defaults and is
 * kept beside as settings.json.bad so nothing the user wrote disappears silently.
 */
export class JsonSettingsStore implements SettingsStore {
  private readonly file: string;
  private current: Settings;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'settings.json');
    this.current = this.read();
  }

  get(): Settings {
    return this.current;
  }

  update(patch: SettingsPatch): Settings {
    this.current = SettingsSchema.parse({ ...this.current, ...patch });
    this.write();
    return this.current;
  }

  setWindowBounds(bounds: Settings['windowBounds']): void {
    this.current = SettingsSchema.parse({ ...this.current, windowBounds: bounds });
    this.write();
  }

  private read(): Settings {
    let raw: string;
    try {
      raw = fs.readFileSync(this.file, 'utf8');
    } catch {
      return DEFAULT_SETTINGS;
    }
    try {
      return recover(JSON.parse(raw));
    } catch {
      fs.copyFileSync(this.file, `${this.file}.bad`);
      return DEFAULT_SETTINGS;
    }
  }

  private write(): void {
    const tmp = `${this.file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.current, null, 2), { mode: 0o600 });
    fs.renameSync(tmp, this.file);
  }
}

/** Keeps every valid field of a stored object and replaces only the invalid ones by defaults. */
export function recover(stored: unknown): Settings {
  const whole = SettingsSchema.safeParse(stored);
  if (whole.success) return whole.data;
  const result: Record<string, unknown> = {};
  const input = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  for (const key of Object.keys(SettingsSchema.shape) as (keyof Settings)[]) {
    const field = SettingsSchema.shape[key].safeParse(input[key]);
    result[key] = field.success ? field.data : DEFAULT_SETTINGS[key];
  }
  return SettingsSchema.parse(result);
}
