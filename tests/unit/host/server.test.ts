import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../electron/api/client';
import type { Result } from '../../../electron/api/result';
import type { RunningHost } from '../../../electron/host/server';
import { startHost } from '../../../electron/host/server';
import { testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/tmp';

let host: RunningHost | null = null;
let closeCore: (() => void) | null = null;
afterEach(async () => {
  await host?.close();
  closeCore?.();
  host = null;
});

async function start() {
  const core = testCore();
  closeCore = core.close;
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  host = await startHost({ dispatch: core.dispatch, rendererDir, maxBody: 64 * 1024 });
  return host;
}

/** Raw request, so the Host header and cookies are exactly what we say. */
function request(port: number, options: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: options.path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

describe('browser host', () => {
  it('listens on 127.0.0.1 only and prints a URL with the token', async () => {
    const h = await start();
    expect(h.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${h.port}/\\?token=[A-Za-z0-9_-]{20,}$`));
  });

  it('answers 401 to any request without the token', async () => {
    const h = await start();
    expect((await request(h.port, { path: '/' })).status).toBe(401);
    expect((await request(h.port, { path: '/assets/app.js' })).status).toBe(401);
    expect((await request(h.port, { path: '/api/smes.list', method: 'POST', body: '{}' })).status).toBe(401);
    expect((await request(h.port, { path: '/?token=wrong' })).status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const h = await start();
    const r = await request(h.port, { path: `/?token=${h.token}`, headers: { Host: `evil.example:${h.port}` } });
    expect(r.status).toBe(403);
  });

  it('serves the app with the token, sets a cookie and then accepts the cookie', async () => {
    const h = await start();
    const first = await request(h.port, { path: `/?token=${h.token}` });
    expect(first.status).toBe(200);
    expect(first.headers['content-security-policy']).toContain("default-src 'self'");
    const cookie = String(first.headers['set-cookie']).split(';')[0]!;
    expect(cookie).toContain(h.token);
    const asset = await request(h.port, { path: '/assets/app.js', headers: { Cookie: cookie } });
    expect(asset).toMatchObject({ status: 200, body: 'console.log(1)' });
    const api = await request(h.port, { path: '/api/smes.list', method: 'POST', headers: { Cookie: cookie }, body: '{}' });
    expect(JSON.parse(api.body)).toEqual({ ok: true, value: { items: [], total: 0 } });
  });

  it('runs the contract over HTTP with a bearer token and rejects bad requests clearly', async () => {
    const h = await start();
    const auth = { Authorization: `Bearer ${h.token}` };
    const created = await request(h.port, { path: '/api/smes.create', method: 'POST', headers: auth, body: JSON.stringify({ name: 'Bakery', country: 'BG' }) });
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { name: 'Bakery', country: 'BG' } });
    expect((await request(h.port, { path: '/api/smes.list', headers: auth })).status).toBe(405);
    const notJson = await request(h.port, { path: '/api/smes.list', method: 'POST', headers: auth, body: '{oops' });
    expect(notJson.status).toBe(400);
    const big = await request(h.port, { path: '/api/smes.create', method: 'POST', headers: auth, body: JSON.stringify({ name: 'x'.repeat(100_000) }) });
    expect(big.status).toBe(413);
    const traversal = await request(h.port, { path: '/..%2f..%2fpackage.json', headers: auth });
    expect(traversal.status).toBe(404);
  });
});

describe('the renderer\'s API object over the host', () => {
  it('calls any contract channel, leaves unknown ones to the host to refuse, and is no promise', async () => {
    const h = await start();
    const api = createApi(async (channel, payload) => {
      const r = await request(h.port, { path: `/api/${channel}`, method: 'POST', headers: { Authorization: `Bearer ${h.token}` }, body: JSON.stringify(payload) });
      return JSON.parse(r.body) as Result<unknown>;
    });
    expect(await api['smes.create']({ name: 'Bakery', country: 'LT' })).toMatchObject({ ok: true, value: { name: 'Bakery' } });
    expect(await api['smes.list']()).toMatchObject({ ok: true, value: { total: 1 } });
    const unknown = (api as unknown as Record<string, () => Promise<Result<unknown>>>)['files.read']!;
    expect(await unknown()).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    // Awaiting the object (or returning it from an async function) must not look for a then().
    expect(await Promise.resolve(api)).toBe(api);
    expect(api['smes.list']).toBe(api['smes.list']);
  });
});
