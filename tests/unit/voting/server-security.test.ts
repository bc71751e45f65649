import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../electron/api/contract';
import { coreForEachTest } from '../../helpers/core';
import { FIXTURE_RENDERER, openRound, Phone } from './phones';

const cores = coreForEachTest();
const SECRET = 'Zyxel Secret Bakery';

/** A raw request, so that Host, method and path are exactly what a hostile client would send. */
function request(url: string, init: { method?: string; path: string; body?: string; headers?: Record<string, string> }) {
  const u = new URL(url);
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, method: init.method ?? 'GET', path: init.path, headers: { host: u.host, ...init.headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, text }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

const answersInDb = (roundId: string) =>
  cores.get().db!.prepare('SELECT phone_id, item_id, value FROM voting_answers WHERE round_id = ? ORDER BY phone_id, item_id').all(roundId);
const phonesInDb = (roundId: string) => (cores.get().db!.prepare('SELECT count(*) AS n FROM voting_phones WHERE round_id = ?').get(roundId) as { n: number }).n;

describe('the voting server', () => {
  it('answers no facilitator channel and no file of the app, with or without the room code', async () => {
    const { round } = await openRound(cores, { kind: 'self_evaluation', perspective: 'business' }, SECRET);
    const code = round.roomCode;
    const appFiles = ['index.html', 'assets/main-1.js'];
    const paths = [
      ...CHANNELS.flatMap((c) => [`/api/${c}`, `/${code}/api/${c}`, `/${code}/api/${encodeURIComponent(c)}`]),
      ...appFiles.flatMap((f) => [`/${f}`, `/${code}/${f}`, `/${code}/assets/../${f}`, `/${code}/assets/%2e%2e/${f}`, `/${code}/assets/..%2f${f}`]),
      '/', '/favicon.svg', `/${code}/assets/`, `/${code}/assets/vote-1.js/../../index.html`, `/${code}//etc/passwd`,
    ];
    expect(paths.length).toBeGreaterThan(CHANNELS.length * 3);
    for (const p of paths) {
      for (const method of ['GET', 'POST']) {
        const r = await request(round.url, { method, path: p, body: method === 'POST' ? JSON.stringify({ id: round.workshopId }) : undefined, headers: { 'content-type': 'application/json' } });
        expect(r.status, `${method} ${p}`).toBeGreaterThanOrEqual(400);
        expect(r.text, `${method} ${p}`).not.toMatch(/Zyxel|FACILITATOR-APP|workshops|processId|smeId/);
      }
    }
    // What it does serve: the page and the files it loads (a library it shares with the app included), nothing more.
    expect((await request(round.url, { path: `/${code}/` })).text).toContain('vote-1.js');
    expect((await request(round.url, { path: `/${code}/assets/shared-1.js` })).text).toContain('SHARED-LIBRARY');
    expect((await request(round.url, { path: `/${code}/assets/vote-1.css` })).status).toBe(200);
    expect((await request(round.url, { path: `/${code.toLowerCase()}` })).status).toBe(302);
  });

  it('refuses a wrong room code, another Host and, after a few tries, any guessing at all', async () => {
    const { round } = await openRound(cores, { kind: 'self_evaluation', perspective: 'business' });
    const wrong = round.roomCode === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    const join = () => request(round.url, { method: 'POST', path: `/${wrong}/api/join`, body: '{}', headers: { 'content-type': 'application/json' } });
    expect((await join()).status).toBe(404);
    expect((await request(round.url, { path: `/${round.roomCode}/`, headers: { host: `evil.example:${new URL(round.url).port}` } })).status).toBe(421);
    const statuses = [];
    for (let i = 0; i < 25; i++) statuses.push((await join()).status);
    expect(statuses).toContain(429);
    expect(phonesInDb(round.id)).toBe(0);
  });

  it('refuses a closed round without side effects: the server is gone and nothing is stored', async () => {
    const { round } = await openRound(cores, { kind: 'self_evaluation', perspective: 'business' });
    const phone = await new Phone(round.url).join();
    await phone.answer('se-business-1', 3);
    await cores.call('voting.close', { roundId: round.id });
    await expect(phone.answer('se-business-1', 5)).rejects.toThrow();
    await expect(new Phone(round.url).join()).rejects.toThrow();
    expect(answersInDb(round.id)).toEqual([{ phone_id: phone.phoneId, item_id: 'se-business-1', value: 3 }]);
    expect(phonesInDb(round.id)).toBe(1);
  });

  it('refuses oversized, malformed and out-of-round answers, and unknown phones, storing nothing', async () => {
    const { round } = await openRound(cores, { kind: 'self_evaluation', perspective: 'business' });
    const phone = await new Phone(round.url).join();
    await phone.answer('se-business-1', 3);
    const before = answersInDb(round.id);
    const refusals = [
      await phone.post('api/answer', null, { raw: JSON.stringify({ phoneId: phone.phoneId, itemId: 'se-business-2', value: 'x'.repeat(5000) }) }),
      await phone.post('api/answer', null, { raw: '{"phoneId": "' }),
      await phone.post('api/answer', null, { raw: JSON.stringify({ phoneId: phone.phoneId, itemId: 'se-business-2', value: 3 }), type: 'text/plain' }),
      await phone.post('api/answer', { phoneId: phone.phoneId, itemId: 'se-business-2', value: 3, extra: '<script>' }),
      await phone.post('api/answer', { phoneId: phone.phoneId, itemId: 'se-learning-1', value: 3 }),
      await phone.post('api/answer', { phoneId: phone.phoneId, itemId: 'se-business-2', value: 6 }),
      await phone.post('api/answer', { phoneId: phone.phoneId, itemId: 'se-business-2', value: 2.5 }),
      await phone.post('api/answer', { phoneId: phone.phoneId, itemId: 'se-business-2', value: 'five' }),
      await phone.post('api/answer', { phoneId: 'A'.repeat(22), itemId: 'se-business-2', value: 3 }),
      await phone.post('api/answer', { phoneId: '../../x', itemId: 'se-business-2', value: 3 }),
    ];
    expect(refusals.map((r) => r.status)).toEqual([413, 400, 400, 400, 400, 400, 400, 400, 403, 400]);
    expect(answersInDb(round.id)).toEqual(before);
    expect(phonesInDb(round.id)).toBe(1);
  });

  it('slows a flooding phone down: its refused requests change nothing, and the other phones still get through', async () => {
    const { round } = await openRound(cores, { kind: 'self_evaluation', perspective: 'business' });
    const [flood, calm] = await Promise.all([new Phone(round.url).join(), new Phone(round.url).join()]);
    const results = await Promise.all(Array.from({ length: 120 }, (_, i) => flood.answer('se-business-1', (i % 5) + 1)));
    const refused = results.filter((r) => r.status === 429);
    expect(refused.length).toBeGreaterThan(50);
    const accepted = results.filter((r) => r.status === 200).length;
    expect(accepted + refused.length).toBe(120);
    expect((await calm.answer('se-business-1', 4)).status).toBe(200);
    const sets = await cores.call('voting.scoreSets', { roundId: round.id });
    expect(sets).toHaveLength(2);
    const current = (await cores.call('voting.current', {}))!;
    expect(current.items[0]!.count).toBe(2);
  });

  it('serves only the built participant page: without it no round opens', async () => {
    const empty = fs.mkdtempSync(path.join(FIXTURE_RENDERER, '..', 'empty-'));
    try {
      cores.start({ rendererDir: empty });
      const sme = await cores.call('smes.create', { name: 'A', country: 'LT' });
      const process = await cores.call('processes.create', { smeId: sme.id, title: 'P', language: 'en', startDate: '2027-01-10' });
      const r = await cores.get().dispatch('voting.open', { workshopId: process.workshops[0]!.id, setup: { kind: 'feedback' }, listen: { address: '127.0.0.1', port: 0 } });
      expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(await cores.call('voting.current', {})).toBeNull();
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
