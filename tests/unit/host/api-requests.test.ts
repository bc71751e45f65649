import { describe, expect, it } from 'vitest';
import { HOST_TOKEN_HEADER } from '../../../electron/api/client';
import { CHANNELS } from '../../../electron/api/contract';
import { hostForEachTest, request } from '../../helpers/host';

const start = hostForEachTest();
const json = { 'Content-Type': 'application/json' };
const smeBody = JSON.stringify({ name: 'Forged Ltd', country: 'BG' });

async function smeCount(port: number, token: string): Promise<number> {
  const r = await request(port, { path: '/api/smes.list', method: 'POST', headers: { [HOST_TOKEN_HEADER]: token, ...json }, body: '{"view":"all"}' });
  return (JSON.parse(r.body) as { value: { total: number } }).value.total;
}

describe('every API route', () => {
  it('is refused without the token, with a wrong one and with the token anywhere but its header', async () => {
    const { host, dispatched } = await start();
    const wrong = host.token.slice(0, -1) + (host.token.endsWith('A') ? 'B' : 'A');
    const attempts: [string, { path?: string; headers: Record<string, string> }][] = [
      ['no token', { headers: json }],
      ['wrong token', { headers: { [HOST_TOKEN_HEADER]: wrong, ...json } }],
      ['longer token', { headers: { [HOST_TOKEN_HEADER]: `${host.token}x`, ...json } }],
      ['empty token', { headers: { [HOST_TOKEN_HEADER]: '', ...json } }],
      // The transports of old: a cookie reaches every port of 127.0.0.1, and a query ends up in
      // addresses and history. Neither is honoured any more.
      ['token as cookie', { headers: { Cookie: `socialsme=${host.token}; socialsme_${host.port}=${host.token}`, ...json } }],
      ['token in the query', { path: `?token=${host.token}`, headers: json }],
      ['token as bearer', { headers: { Authorization: `Bearer ${host.token}`, ...json } }],
    ];
    for (const channel of CHANNELS) {
      for (const [what, attempt] of attempts) {
        const r = await request(host.port, { path: `/api/${channel}${attempt.path ?? ''}`, method: 'POST', headers: attempt.headers, body: smeBody });
        expect(r.status, `${channel}, ${what}`).toBe(401);
        expect(JSON.parse(r.body), `${channel}, ${what}`).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      }
    }
    expect(dispatched).toEqual([]);
    expect(await smeCount(host.port, host.token)).toBe(0);
  });

  it('reaches the contract with the right token in its header', async () => {
    const { host, dispatched } = await start();
    for (const channel of CHANNELS) {
      // A payload no channel accepts: the answer must come from the contract's validation (or,
      // for the few that take nothing, from the handler), never from the host's door.
      const r = await request(host.port, { path: `/api/${channel}`, method: 'POST', headers: { [HOST_TOKEN_HEADER]: host.token, ...json }, body: '{"id":7}' });
      expect(r.status, channel).toBe(200);
      const result = JSON.parse(r.body) as { ok: boolean; error?: { code: string } };
      expect(result.error?.code, channel).not.toBe('unauthorized');
    }
    expect(dispatched).toEqual(CHANNELS);
  });

  it('accepts the host\'s own Origin and Sec-Fetch-Site, and refuses every other origin', async () => {
    const { host, dispatched } = await start();
    const post = (headers: Record<string, string>) =>
      request(host.port, { path: '/api/smes.create', method: 'POST', headers: { [HOST_TOKEN_HEADER]: host.token, ...json, ...headers }, body: smeBody });
    for (const origin of [`http://127.0.0.1:${host.port + 1}`, `http://localhost:${host.port + 1}`, 'http://127.0.0.1', 'null', 'http://evil.example', `https://127.0.0.1:${host.port}`, `http://127.0.0.1:${host.port}.evil.example`]) {
      const r = await post({ Origin: origin });
      expect(r.status, origin).toBe(403);
    }
    // Another port of 127.0.0.1 is the same *site*, so the browser says same-site there.
    for (const site of ['same-site', 'cross-site', 'none']) expect((await post({ 'Sec-Fetch-Site': site })).status, site).toBe(403);
    expect(dispatched).toEqual([]);
    expect((await post({ Origin: `http://127.0.0.1:${host.port}`, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
    expect((await post({ Origin: `http://localhost:${host.port}`, Host: `localhost:${host.port}` })).status).toBe(200);
    expect(await smeCount(host.port, host.token)).toBe(2);
  });

  it('takes only JSON bodies: a text/plain form or beacon with the right token still writes nothing', async () => {
    const { host, dispatched } = await start();
    for (const type of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp', '']) {
      const headers: Record<string, string> = { [HOST_TOKEN_HEADER]: host.token };
      if (type) headers['Content-Type'] = type;
      const r = await request(host.port, { path: '/api/smes.create', method: 'POST', headers, body: smeBody });
      expect(r.status, type).toBe(415);
    }
    expect(dispatched).toEqual([]);
    const r = await request(host.port, { path: '/api/smes.create', method: 'POST', headers: { [HOST_TOKEN_HEADER]: host.token, 'Content-Type': 'application/json; charset=utf-8' }, body: smeBody });
    expect(r.status).toBe(200);
  });

  it('refuses every CORS preflight and never answers with CORS headers', async () => {
    const { host, dispatched } = await start();
    const preflight = await request(host.port, {
      path: '/api/smes.purge',
      method: 'OPTIONS',
      headers: { Origin: `http://127.0.0.1:${host.port + 1}`, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': `${HOST_TOKEN_HEADER.toLowerCase()},content-type` },
    });
    expect(preflight.status).toBe(403);
    const ok = await request(host.port, { path: '/api/smes.list', method: 'POST', headers: { [HOST_TOKEN_HEADER]: host.token, ...json }, body: '{}' });
    for (const r of [preflight, ok]) {
      expect(Object.keys(r.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
    expect(dispatched).toEqual(['smes.list']);
  });
});
