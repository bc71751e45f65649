import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ProcessRecord } from '../electron/api/processes';
import type { Sme } from '../electron/api/smes';
import type { OpenRound } from '../electron/api/voting';
import { FACILITATOR_POLL_MS } from '../electron/api/voting';
import { createAppCore } from '../electron/core/app-core';
import { JsonSettingsStore } from '../electron/core/settings/json-store';
import { ms, percentile } from './stats';

const PHONES = 40;
const ANSWERS = 48; // 48 of the 54 statements, one answer each, as the issue sets the load
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));

interface PhonesReport {
  storeTimes: number[];
  /** When each answer was confirmed, on the main thread's clock. */
  confirmed: { at: number; key: string }[];
  slowed: number;
  last: [string, number][];
}

// Each phone sends its answers one after the other (as a person taps, but without pause) and
// waits as the server asks when it is told to slow down.
const PHONES_SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, phoneIds, items, answers, origin } = workerData;
const sleep = (t) => new Promise((r) => setTimeout(r, t));
const now = () => performance.timeOrigin + performance.now() - origin;
(async () => {
  const storeTimes = [], confirmed = [], last = new Map();
  let slowed = 0;
  await Promise.all(phoneIds.map(async (phoneId, p) => {
    for (let n = 0; n < answers; n++) {
      const itemId = items[n % items.length];
      const value = ((p + n * 3) % 5) + 1;
      for (;;) {
        const t = now();
        const response = await fetch(new URL('api/answer', url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ phoneId, itemId, value }) });
        await response.arrayBuffer();
        if (response.status === 429) { slowed++; await sleep(1000 * Number(response.headers.get('retry-after') || 1)); continue; }
        if (response.status !== 200) throw new Error('answer refused: ' + response.status);
        const at = now();
        storeTimes.push(at - t);
        confirmed.push({ at, key: phoneId + ':' + itemId });
        last.set(phoneId + ':' + itemId, value);
        break;
      }
    }
  }));
  parentPort.postMessage({ storeTimes, confirmed, slowed, last: [...last] });
})();
`;

/**
 * 40 simulated phones answer a self-evaluation through the voting server on 127.0.0.1 as fast as
 * they can, while the facilitator's screen polls the results as the UI does. Reports the time to
 * store an answer (request to confirmation, the fsync of each write included), how often the rate
 * limit slowed a phone, and how long an answer takes to show on the facilitator's screen.
 */
export async function benchVoting(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'socialsme-bench-voting-'));
  const core = createAppCore({ dataDir, settings: new JsonSettingsStore(dataDir), shell: 'browser', version: 'bench', systemLanguages: () => ['en'] });
  const call = async <T>(channel: string, payload: unknown): Promise<T> => {
    const r = await core.dispatch(channel, payload);
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
    return r.value as T;
  };
  try {
    const sme = await call<Sme>('smes.create', { name: 'Bench bakery', country: 'LT' });
    const process = await call<ProcessRecord>('processes.create', { smeId: sme.id, title: 'Bench', language: 'en', startDate: '2027-01-10' });
    const round = await call<OpenRound>('voting.open', {
      workshopId: process.workshops[0]!.id, setup: { kind: 'self_evaluation', perspective: null }, listen: { address: '127.0.0.1', port: 0 },
    });
    const items = round.items.map((i) => i.id);
    const post = (route: string, body: unknown) =>
      fetch(new URL(route, round.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const phoneIds = await Promise.all(Array.from({ length: PHONES }, async () => ((await (await post('api/join', {})).json()) as { value: { phoneId: string } }).value.phoneId));

    // The phones run in a worker thread, as separate devices would: their own CPU, not the server's.
    const runPhones = async (ids: string[]) => {
      const worker = new Worker(PHONES_SCRIPT, { eval: true, workerData: { url: round.url, phoneIds: ids, items, answers: ANSWERS, origin: performance.timeOrigin } });
      const report = await new Promise<PhonesReport>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      await worker.terminate();
      return report;
    };
    // First one phone alone: the cost of storing an answer without a queue in front of it.
    const alone = (await runPhones([((await (await post('api/join', {})).json()) as { value: { phoneId: string } }).value.phoneId])).storeTimes.sort((a, b) => a - b);
    let done = false;

    // The facilitator's screen: asks for the open round every FACILITATOR_POLL_MS, as the UI does.
    const polls: { start: number; end: number; stored: number }[] = [];
    const poller = (async () => {
      while (!done) {
        const start = performance.now();
        const view = await call<OpenRound>('voting.current', {});
        polls.push({ start, end: performance.now(), stored: view.items.reduce((sum, i) => sum + i.count, 0) });
        await sleep(FACILITATOR_POLL_MS);
      }
    })();

    const started = performance.now();
    const { storeTimes, confirmed, slowed, last } = await runPhones(phoneIds);
    const wall = performance.now() - started;
    await sleep(FACILITATOR_POLL_MS * 2);
    done = true;
    await poller;

    // Every answer stored, with the last value each phone sent.
    const rows = core.db!.prepare('SELECT phone_id, item_id, value FROM voting_answers WHERE round_id = ? AND phone_id IN (SELECT value FROM json_each(?))').all(round.id, JSON.stringify(phoneIds)) as { phone_id: string; item_id: string; value: number }[];
    const lastSent = new Map(last);
    const wrong = rows.filter((r) => lastSent.get(`${r.phone_id}:${r.item_id}`) !== r.value).length;
    // Delay on the facilitator's screen: from an answer's confirmation to the end of the first poll that started after it.
    const delays = confirmed.map((c) => polls.find((p) => p.start >= c.at)!.end - c.at).sort((a, b) => a - b);
    // And the poll must reflect what was confirmed before it started (the count of distinct answers).
    const lagging = polls.filter((p) => p.stored < new Set(confirmed.filter((c) => c.at <= p.start).map((c) => c.key)).size).length;
    const pollTimes = polls.map((p) => p.end - p.start).sort((a, b) => a - b);
    storeTimes.sort((a, b) => a - b);

    console.log(`\nVoting: ${PHONES} phones x ${ANSWERS} answers through the voting server on 127.0.0.1 (${(wall / 1000).toFixed(1)} s; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`);
    console.log(`  stored: ${rows.length} of ${PHONES * Math.min(ANSWERS, items.length)} (phone, statement) answers sent, ${wrong} with a value other than the last sent; ${storeTimes.length} answers confirmed`);
    console.log(`  one phone alone, time to store an answer: p50 ${ms(percentile(alone, 50))}, p95 ${ms(percentile(alone, 95))}`);
    console.log(`  40 phones at once, time to store an answer: p50 ${ms(percentile(storeTimes, 50))}, p95 ${ms(percentile(storeTimes, 95))}, max ${ms(storeTimes.at(-1)!)} (target p95 < 50 ms)`);
    console.log(`  slowed by the per-phone rate limit: ${slowed} requests answered 429 and retried`);
    console.log(`  facilitator screen: poll every ${FACILITATOR_POLL_MS} ms takes p95 ${ms(percentile(pollTimes, 95))}; update delay p50 ${ms(percentile(delays, 50))}, p95 ${ms(percentile(delays, 95))}, max ${ms(delays.at(-1)!)} (target < 1 s); ${lagging} polls behind what was stored`);
  } finally {
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
