import { describe, expect, it, vi } from 'vitest';
import { createApi, HOST_TOKEN_HEADER } from '../../../electron/api/client';
import type { Result } from '../../../electron/api/result';
import { hostForEachTest, request } from '../../helpers/host';

const start = hostForEachTest();
const json = { 'Content-Type': 'application/json' };

describe('browser host', () => {
  it('listens on 127.0.0.1 only and prints an address that hands the page its token', async () => {
    const { host } = await start();
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?token=[A-Za-z0-9_-]{20,}$`));
  });

  // The first page load cannot carry a header, and the bundle holds no data: every piece of a
  // case file comes through /api, which needs the token. So the files are served without it.
  it('serves the app files without the token, never sets a cookie, and forbids embedding them elsewhere', async () => {
    const { host } = await start();
    for (const path of ['/', `/?token=${host.token}`, '/assets/app.js', '/smes/some-deep-link']) {
      const r = await request(host.port, { path });
      expect(r.status, path).toBe(200);
      expect(r.headers['set-cookie'], path).toBeUndefined();
      expect(r.headers['cross-origin-resource-policy'], path).toBe('same-origin');
      expect(r.headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(r.body, path).not.toContain(host.token);
    }
    expect((await request(host.port, { path: '/assets/app.js' })).body).toBe('console.log(1)');
  });

  it('refuses a foreign Host header (DNS rebinding), for the files and the API', async () => {
    const { host, dispatched } = await start();
    const headers = { Host: `evil.example:${host.port}`, [HOST_TOKEN_HEADER]: host.token, ...json };
    expect((await request(host.port, { path: '/', headers })).status).toBe(403);
    const api = await request(host.port, { path: '/api/smes.create', method: 'POST', headers, body: '{"name":"X","country":"BG"}' });
    expect(api.status).toBe(403);
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect((await request(host.port, { path: '/', headers: { Host: `127.0.0.1:${host.port + 1}` } })).status).toBe(403);
    expect(dispatched).toEqual([]);
  });

  it('runs the contract over HTTP with the token header and rejects bad requests clearly', async () => {
    const { host } = await start();
    const auth = { [HOST_TOKEN_HEADER]: host.token, ...json };
    const created = await request(host.port, { path: '/api/smes.create', method: 'POST', headers: auth, body: JSON.stringify({ name: 'Bakery', country: 'BG' }) });
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { name: 'Bakery', country: 'BG' } });
    const get = await request(host.port, { path: '/api/smes.list', headers: auth });
    expect(get).toMatchObject({ status: 405, headers: { allow: 'POST' } });
    const notJson = await request(host.port, { path: '/api/smes.list', method: 'POST', headers: auth, body: '{oops' });
    expect(notJson.status).toBe(400);
    const big = await request(host.port, { path: '/api/smes.create', method: 'POST', headers: auth, body: JSON.stringify({ name: 'x'.repeat(100_000) }) });
    expect(big.status).toBe(413);
    // A case file being imported may be larger than any other call (its own limit), and is still checked.
    const file = await request(host.port, { path: '/api/caseFiles.preview', method: 'POST', headers: auth, body: JSON.stringify({ base64: Buffer.from('x'.repeat(100_000)).toString('base64') }) });
    expect(JSON.parse(file.body)).toMatchObject({ ok: false, error: { code: 'case_file_damaged' } });
    const traversal = await request(host.port, { path: '/..%2f..%2fpackage.json' });
    expect(traversal.status).toBe(404);
  });

  it('answers 400 to a malformed channel name, without an error in the log', async () => {
    const { host, dispatched } = await start();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const auth = { [HOST_TOKEN_HEADER]: host.token, ...json };
      const r = await request(host.port, { path: '/api/%E0%A4%A', method: 'POST', headers: auth, body: '{}' });
      expect(r.status).toBe(400);
      expect(JSON.parse(r.body)).toEqual({ ok: false, error: { code: 'bad_request', message: 'Malformed channel name' } });
      const unknown = await request(host.port, { path: '/api/smes.nothing', method: 'POST', headers: auth, body: '{}' });
      expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
      expect(logged).not.toHaveBeenCalled();
      expect(dispatched).toEqual(['smes.nothing']);
    } finally {
      logged.mockRestore();
    }
  });
});

describe('the renderer\'s API object over the host', () => {
  it('calls any contract channel, leaves unknown ones to the host to refuse, and is no promise', async () => {
    const { host } = await start();
    const api = createApi(async (channel, payload) => {
      const r = await request(host.port, {
        path: `/api/${channel}`, method: 'POST',
        headers: { [HOST_TOKEN_HEADER]: host.token, 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${host.port}` },
        body: JSON.stringify(payload),
      });
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
