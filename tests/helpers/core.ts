import { afterEach } from 'vitest';
import type { Channel, Request, Response } from '../../electron/api/contract';
import type { AppCore, CoreOptions } from '../../electron/core/app-core';
import { createAppCore } from '../../electron/core/app-core';
import { JsonSettingsStore } from '../../electron/core/settings/json-store';
import { tempDir } from './tmp';

/** A real core (SQLite file, settings file) in a fresh temporary data directory. */
export function testCore(dataDir = tempDir(), extra: Partial<CoreOptions> = {}): AppCore & { dataDir: string } {
  const core = createAppCore({
    ...extra,
    dataDir,
    settings: new JsonSettingsStore(dataDir),
    shell: 'browser',
    version: '0.0.0-test',
    systemLanguages: () => ['lv-LV'],
    log: extra.log ?? (() => {}),
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
  const start = (extra: Partial<CoreOptions> = {}) => (current = testCore(undefined, extra));
  const get = () => {
    if (!current) throw new Error('start() the core first');
    return current;
  };
  /** Typed by channel: a change of the contract fails the tests at compile time. */
  async function call<C extends Channel>(channel: C, payload: Request<C>): Promise<Response<C>> {
    const r = await get().dispatch(channel, payload);
    if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
    return r.value as Response<C>;
  }
  /** A call that must be refused; the payload may be deliberately wrong, so it is not typed. */
  async function issues(channel: Channel, payload: unknown): Promise<Record<string, string>> {
    const r = await get().dispatch(channel, payload);
    if (r.ok) throw new Error(`${channel} should have failed`);
    return Object.fromEntries((r.error.issues ?? []).map((i) => [i.path, i.code]));
  }
  return { start, get, call, issues };
}
