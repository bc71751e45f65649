import type { AppCore } from '../../electron/core/app-core';
import { createAppCore } from '../../electron/core/app-core';
import { JsonSettingsStore } from '../../electron/core/settings/json-store';
import { tempDir } from './tmp';

/** A real core (SQLite file, settings file) in a fresh temporary data directory. */
export function testCore(dataDir = tempDir()): AppCore & { dataDir: string } {
  const core = createAppCore({
    dataDir,
    settings: new JsonSettingsStore(dataDir),
    shell: 'browser',
    version: '0.0.0-test',
    systemLanguages: () => ['lv-LV'],
    log: () => {},
  });
  return Object.assign(core, { dataDir });
}
