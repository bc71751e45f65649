import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { RoundView } from '../../../electron/api/voting';
import { byDisagreement } from '../../../electron/api/voting';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { loadStructure } from '../../../electron/core/library/load';
import { runMigration } from '../../../electron/core/db/migrations/types';
import { isPrivate, networkChoices } from '../../../electron/core/voting/network';
import { coreForEachTest, testCore } from '../../helpers/core';
import { FIXTURE_RENDERER, openRound, Phone } from './phones';

const cores = coreForEachTest();
const { call } = cores;
// The statements of the business perspective in the package's current edition, in order.
const BUSINESS = loadStructure('content').selfEvaluation.items.filter((i) => i.perspective === 'business').map((i) => i.id);
const business = (n: number) => BUSINESS[n - 1]!;

describe('a self-evaluation round', () => {
  it('stores one anonymous score set per phone, with live counts, means and spreads ordered by disagreement', async () => {
    const { round } = await openRound(cores, { kind: 'self_evaluation', perspective: 'business' });
    expect(round.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/${round.roomCode}/$`));
    expect(round.qrSvg).toMatch(/^<svg/);
    expect(round.items.map((i) => i.id)).toEqual(BUSINESS);

    const phones = await Promise.all([1, 2, 3].map(() => new Phone(round.url).join()));
    await phones[0]!.answer(business(1), 1);
    await phones[1]!.answer(business(1), 5);
    await phones[2]!.answer(business(1), 3);
    for (const p of phones) await p.answer(business(2), 4);
    await phones[2]!.answer(business(2), 2); // changed its mind
    await phones[2]!.answer(business(3), 5);
    await phones[2]!.answer(business(3), null); // and took one back

    const live = (await call('voting.current', {}))!;
    expect([live.joined, live.answered]).toEqual([3, 3]);
    const [first, second, third] = live.items;
    expect(first).toMatchObject({ count: 3, mean: 3, spread: 1.63, histogram: [1, 0, 1, 0, 1] });
    expect(second).toMatchObject({ count: 3, mean: 3.33, spread: 0.94, histogram: [0, 1, 0, 2, 0] });
    expect(third).toMatchObject({ count: 0, mean: null });
    expect(byDisagreement(live.items).map((i) => i.id)).toEqual([business(1), business(2)]);

    const closed = await call('voting.close', { roundId: round.id });
    expect(closed.status).toBe('closed');
    expect(await call('voting.current', {})).toBeNull();
    const sets = await call('voting.scoreSets', { roundId: round.id });
    expect(sets.map((s) => s.scores)).toEqual([{ [business(1)]: 1, [business(2)]: 4 }, { [business(1)]: 5, [business(2)]: 4 }, { [business(1)]: 3, [business(2)]: 2 }]);
  });

  it('writes the rounded means as the agreed scores of an evaluation only when asked, and says how many it replaced', async () => {
    const { round, process } = await openRound(cores, { kind: 'self_evaluation', perspective: null });
    const a = await new Phone(round.url).join();
    const b = await new Phone(round.url).join();
    await a.answer(business(1), 2);
    await b.answer(business(1), 3); // 2.5 -> 3
    await a.answer('se-learning-1', 4);
    await call('voting.close', { roundId: round.id });
    const strategy = await call('evaluations.create', { processId: process.id, data: { kind: 'baseline', takenOn: '2027-01-10' } });
    const evaluationId = strategy.evaluations[0]!.id;
    await call('evaluations.setScore', { id: evaluationId, itemId: business(1), score: 1 });
    // Closing wrote nothing into the evaluation.
    expect((await call('strategy.get', { processId: process.id })).evaluations[0]!.scores).toEqual({ [business(1)]: 1 });

    expect(await call('voting.applyMeans', { roundId: round.id, evaluationId })).toEqual({ written: 2, replaced: 1 });
    expect((await call('strategy.get', { processId: process.id })).evaluations[0]!.scores).toEqual({ [business(1)]: 3, 'se-learning-1': 4 });
  });

  it('takes a closed round\'s score sets, one per phone, as the anonymous participants of an evaluation, only when asked', async () => {
    const { round, process } = await openRound(cores, { kind: 'self_evaluation', perspective: null });
    const a = await new Phone(round.url).join();
    const b = await new Phone(round.url).join();
    await new Phone(round.url).join(); // joined, never answered: no participant
    await a.answer(business(1), 1);
    await b.answer(business(1), 5);
    await b.answer('se-learning-1', 3);
    const strategy = await call('evaluations.create', { processId: process.id, data: { kind: 'baseline', takenOn: '2027-01-10' } });
    const evaluationId = strategy.evaluations[0]!.id;
    // Answers may still come in while the round is open.
    expect(await cores.get().dispatch('voting.takeScoreSets', { roundId: round.id, evaluationId })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    await call('voting.close', { roundId: round.id });
    expect((await call('strategy.get', { processId: process.id })).evaluations[0]!.participants).toEqual([]);

    expect(await call('voting.takeScoreSets', { roundId: round.id, evaluationId })).toEqual({ participants: 2 });
    const evaluation = (await call('strategy.get', { processId: process.id })).evaluations[0]!;
    expect(evaluation.participants.map((p) => [p.name, p.scores])).toEqual([['', { [business(1)]: 1 }], ['', { [business(1)]: 5, 'se-learning-1': 3 }]]);
    expect(evaluation.scores).toEqual({}); // the agreed scores stay the group's to decide
  });

  it('can be reopened: the same room code, the phones keep their answers, and only one round is open at a time', async () => {
    const { round, workshopId } = await openRound(cores, { kind: 'self_evaluation', perspective: 'business' });
    const phone = await new Phone(round.url).join();
    await phone.answer(business(4), 4);
    const refused = await cores.get().dispatch('voting.open', { workshopId, setup: { kind: 'feedback' }, listen: { address: '127.0.0.1', port: 0 } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    await call('voting.close', { roundId: round.id });

    const again = await call('voting.reopen', { roundId: round.id, listen: { address: '127.0.0.1', port: 0 } });
    expect(again.roomCode).toBe(round.roomCode);
    const back = new Phone(again.url);
    back.phoneId = phone.phoneId;
    await back.join();
    expect(await back.mine()).toEqual({ [business(4)]: 4 });
    expect((await call('voting.listForWorkshop', { workshopId })).map((r) => r.status)).toEqual(['open']);
  });

  it('listens only on an address of this computer that the facilitator picked', async () => {
    const { round } = await openRound(cores, { kind: 'feedback' });
    await call('voting.close', { roundId: round.id });
    for (const address of ['0.0.0.0', '203.0.113.7']) {
      const r = await cores.get().dispatch('voting.reopen', { roundId: round.id, listen: { address, port: 0 } });
      expect(r).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'address', code: 'unknown_address' }] } });
    }
    expect((await call('voting.listForWorkshop', { workshopId: round.workshopId }))[0]!.status).toBe('closed');
  });
});

describe('dot voting, feedback and a quick question', () => {
  it('counts dots per entry within each phone’s allowance, option counts and comments', async () => {
    const items = [{ id: 'a', label: 'Apprenticeships' }, { id: 'b', label: 'Less packaging' }, { id: 'c', label: 'Open day' }];
    const { round } = await openRound(cores, { kind: 'dots', dots: 3, items });
    const [p, q] = await Promise.all([new Phone(round.url).join(), new Phone(round.url).join()]);
    expect((await p.answer('a', 2)).status).toBe(200);
    expect((await p.answer('b', 2)).body).toEqual({ ok: false, error: 'too_many_dots' });
    expect((await p.answer('b', 1)).status).toBe(200);
    await q.answer('a', 3);
    await q.answer('a', 0);
    await q.answer('c', 1);
    const view = (await call('voting.current', {}))!.items;
    expect(view.map((i) => [i.label, i.dots, i.count])).toEqual([['Apprenticeships', 2, 1], ['Less packaging', 1, 1], ['Open day', 1, 1]]);
  });

  it('keeps feedback ratings and comments as text, and a question’s answers per option', async () => {
    const { round } = await openRound(cores, { kind: 'feedback' });
    const p = await new Phone(round.url).join();
    await p.answer('fb-useful', 5);
    await p.answer('fb-comment', '  <b>More coffee</b>  ');
    const items = (await call('voting.current', {}))!.items;
    expect(items.find((i) => i.id === 'fb-comment')!.texts).toEqual(['<b>More coffee</b>']);
    expect(items.find((i) => i.id === 'fb-useful')!.histogram).toEqual([0, 0, 0, 0, 1]);
    await call('voting.close', { roundId: round.id });

    const question = await call('voting.open', {
      workshopId: round.workshopId, setup: { kind: 'question', question: 'Next date?', options: ['May', 'June'] }, listen: { address: '127.0.0.1', port: 0 },
    });
    const r = await new Phone(question.url).join();
    await r.answer('q', 1);
    expect((await r.answer('q', 2)).body).toEqual({ ok: false, error: 'invalid' });
    expect((await call('voting.current', {}))!.items[0]).toMatchObject({ label: 'Next date?', histogram: [0, 1] });
  });
});

describe('the case file', () => {
  it('keeps every stored answer through a crash; the round left open is closed on the next start', async () => {
    const { round } = await openRound(cores, { kind: 'self_evaluation', perspective: 'business' });
    const phone = await new Phone(round.url).join();
    await phone.answer(business(1), 2);
    const { dataDir } = cores.get();
    // A second core on the same folder is the app after a crash: it never saw the first one close,
    // and the crashed app's data-folder lock names a process that is gone.
    fs.rmSync(path.join(dataDir, 'socialsme.lock'));
    const after = testCore(dataDir, { rendererDir: FIXTURE_RENDERER });
    try {
      const rounds = await after.dispatch('voting.listForWorkshop', { workshopId: round.workshopId });
      if (!rounds.ok) throw new Error(rounds.error.message);
      const [stored] = rounds.value as RoundView[];
      expect([stored!.status, stored!.answered, stored!.items[0]!.mean]).toEqual(['closed', 1, 2]);
    } finally {
      after.close();
    }
  });

  it('answers go with their round, rounds with their workshop; rounds are found by workshop through the index', () => {
    const db = new Database(':memory:');
    for (const m of MIGRATIONS) runMigration(db, m);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan("SELECT * FROM voting_rounds WHERE workshop_id = 'w' ORDER BY opened_at")).toContain('voting_rounds_by_workshop');
    expect(plan("SELECT * FROM voting_answers WHERE round_id = 'r'")).toContain('PRIMARY KEY');
    db.close();
  });
});

describe('network choices', () => {
  it('put private addresses first and loopback last; public ones are not private', () => {
    const lo = { address: '127.0.0.1', family: 'IPv4', internal: true, netmask: '', mac: '', cidr: null } as const;
    const wifi = { ...lo, address: '192.168.43.17', internal: false };
    const pub = { ...lo, address: '203.0.113.9', internal: false };
    expect(networkChoices({ lo: [lo], eth0: [pub], wlan0: [wifi] }).map((c) => c.address)).toEqual(['192.168.43.17', '203.0.113.9', '127.0.0.1']);
    expect([isPrivate('10.1.2.3'), isPrivate('172.20.0.1'), isPrivate('172.32.0.1'), isPrivate('fd00::1')]).toEqual([true, true, false, true]);
  });
});
