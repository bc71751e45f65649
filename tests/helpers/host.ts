import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { Dispatch } from '../../electron/core/dispatch';
import type { HostOptions, RunningHost } from '../../electron/host/server';
import { startHost } from '../../electron/host/server';
import { testCore } from './core';
import { tempDir } from './tmp';

/** A renderer folder with an index page and one asset, as the build would leave it. */
export function fakeRenderer(): string {
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  return rendererDir;
}

/**
 * A browser host over a real core per test, closed afterwards. `dispatched` lists every channel
 * that reached the core, so a test can prove a refused request never did.
 */
export function hostForEachTest() {
  const running: { host: RunningHost; close: () => void }[] = [];
  afterEach(async () => {
    for (const { host, close } of running.splice(0)) {
      await host.close();
      close();
    }
  });
  return async function start(options: Partial<HostOptions> = {}) {
    const core = testCore();
    const dispatched: string[] = [];
    const dispatch: Dispatch = (channel, payload) => {
      dispatched.push(String(channel));
      return core.dispatch(channel, payload);
    };
    const host = await startHost({ dispatch, rendererDir: fakeRenderer(), maxBody: 64 * 1024, ...options });
    running.push({ host, close: core.close });
    return { host, core, dispatched };
  };
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request, so Host, Origin, cookies and every other header are exactly what the test says. */
export function request(
  port: number,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: options.path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}
