import { afterEach } from 'vitest';
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

/**
 * A real core per test, closed afterwards; `call`: a contract call that returns the value or
 * fails the test with the error it answered; `issues`: a call that must be refused, answering its
 * field issues as path -> code.
 */
export function coreForEachTest() {
  let current: (AppCore & { dataDir: string }) | null = null;
  afterEach(() => {
    current?.close();
    current = null;
  });
  const start = () => (current = testCore());
  const get = () => {
    if (!current) throw new Error('start() the core first');
    return current;
  };
  async function call<T>(channel: string, payload: unknown): Promise<T> {
    const r = await get().dispatch(channel, payload);
    if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
    return r.value as T;
  }
  async function issues(channel: string, payload: unknown): Promise<Record<string, string>> {
    const r = await get().dispatch(channel, payload);
    if (r.ok) throw new Error(`${channel} should have failed`);
    return Object.fromEntries((r.error.issues ?? []).map((i) => [i.path, i.code]));
  }
  return { start, get, call, issues };
}
