import { describe, expect, it } from 'vitest';
import { indicatorStatus, spreadOf } from '../../../electron/api/scoring';
import { RULES } from '../../../electron/api/rules';
import { loadLanguage, loadStructure } from '../../../electron/core/library/load';
import { coreForEachTest } from '../../helpers/core';

const cores = coreForEachTest();
const { call, issues } = cores;
const structure = loadStructure('content');
const se = structure.selfEvaluation;

async function setup() {
  cores.start();
  const sme = await call('smes.create', { name: 'Kepykla', country: 'LT' });
  const process = await call('processes.create', { smeId: sme.id, title: 'SR 2027', language: 'en', startDate: '2027-01-10' });
  const s = await call('objectives.save', { processId: process.id, data: { perspective: 'stakeholders', title: 'Customers stay with us as we grow' } });
  return { processId: process.id, objectiveId: s.objectives[0]!.id };
}

const m = (measuredOn: string, value: number) => ({ measuredOn, value });

describe('a kept indicator', () => {
  // The small IT firm of workshop 5: a customer score of 4.6, kept at 4.5 or above.
  const atLeast = { direction: 'keep' as const, keep: 'at_least' as const, baseline: 4.6, baselineDate: '2027-01-01', target: 4.5, targetDate: '2027-12-31' };

  it('is green at its level, yellow when only the latest measurement is outside, red when the rule\'s number in a row are (as the glossary says)', () => {
    const glossary = loadLanguage('content', 'en', structure).glossary.terms['traffic-light']!.definition;
    const n = RULES.lightRedAfterWorseMeasurements;
    expect(glossary).toContain(`A kept indicator is green while its latest measurement is at the level, yellow when only the latest one is outside it, and red when the last ${n} are outside.`);
    expect(n).toBe(2); // the cases below are written for two in a row
    expect(indicatorStatus(atLeast, [], '2027-03-01')).toBe('none');
    expect(indicatorStatus(atLeast, [m('2027-03-31', 4.5)], '2027-04-01')).toBe('green');
    expect(indicatorStatus(atLeast, [m('2027-03-31', 4.4)], '2027-04-01')).toBe('amber');
    expect(indicatorStatus(atLeast, [m('2027-03-31', 4.4), m('2027-06-30', 4.3)], '2027-07-01')).toBe('red');
    // Back at the level: green again; one more slip after that is one bad quarter, not a decision.
    expect(indicatorStatus(atLeast, [m('2027-03-31', 4.4), m('2027-06-30', 4.3), m('2027-09-30', 4.7)], '2027-10-01')).toBe('green');
    expect(indicatorStatus(atLeast, [m('2027-06-30', 4.3), m('2027-09-30', 4.7), m('2027-12-20', 4.4)], '2027-12-21')).toBe('amber');
    // Its date is how long the level is held: passing it turns nothing red.
    expect(indicatorStatus(atLeast, [m('2027-12-20', 4.6)], '2028-02-01')).toBe('green');
    expect(indicatorStatus(atLeast, [m('2027-12-20', 4.4)], '2028-02-01')).toBe('amber');
  });

  it('at most and within a range read their level the same way', () => {
    const overtime = { direction: 'keep' as const, keep: 'at_most' as const, baseline: 12, baselineDate: null, target: 10, targetDate: null };
    expect(indicatorStatus(overtime, [m('2027-02-28', 10)], '2027-03-01')).toBe('green');
    expect(indicatorStatus(overtime, [m('2027-02-28', 11), m('2027-03-31', 12)], '2027-04-01')).toBe('red');
    const coldRoom = { direction: 'keep' as const, keep: 'within' as const, baseline: 3, baselineDate: null, target: 2, targetHigh: 4, targetDate: null };
    expect(indicatorStatus(coldRoom, [m('2027-02-01', 2), m('2027-02-02', 4)], '2027-02-03')).toBe('green');
    expect(indicatorStatus(coldRoom, [m('2027-02-01', 1.5)], '2027-02-03')).toBe('amber');
    expect(indicatorStatus(coldRoom, [m('2027-02-01', 1.5), m('2027-02-02', 4.5)], '2027-02-03')).toBe('red');
  });

  it('is stored with its kind and range, its light computed by the app; a kept indicator without its kind or a range without its upper end is refused', async () => {
    const { processId, objectiveId } = await setup();
    const base = { objectiveId, name: 'Customer satisfaction score', unit: 'points out of 5', baseline: 4.6, target: 4.5, targetDate: '2099-12-31' };
    expect(await issues('indicators.save', { processId, data: { ...base, direction: 'keep' } })).toEqual({ 'data.keep': 'keep_required' });
    expect(await issues('indicators.save', { processId, data: { ...base, direction: 'keep', keep: 'within' } })).toEqual({ 'data.targetHigh': 'range_end_required' });
    expect(await issues('indicators.save', { processId, data: { ...base, direction: 'keep', keep: 'within', targetHigh: 4 } })).toEqual({ 'data.targetHigh': 'range_end_below_start' });
    expect(await issues('indicators.save', { processId, data: { ...base, direction: 'up', keep: 'at_least' } })).toEqual({ 'data.keep': 'keep_only_for_keep' });
    // A baseline above the level is no "target below baseline" for a kept indicator.
    let s = await call('indicators.save', { processId, data: { ...base, direction: 'keep', keep: 'at_least' } });
    const id = s.indicators[0]!.id;
    expect(s.indicators[0]).toMatchObject({ direction: 'keep', keep: 'at_least', target: 4.5, targetHigh: null, status: 'none' });
    s = await call('measurements.save', { indicatorId: id, data: { measuredOn: '2025-03-31', value: 4.4 } });
    expect(s.indicators[0]!.status).toBe('amber');
    s = await call('measurements.save', { indicatorId: id, data: { measuredOn: '2025-06-30', value: 4.2 } });
    expect(s.indicators[0]!.status).toBe('red');
    s = await call('indicators.save', { processId, id, data: { ...base, direction: 'keep', keep: 'within', target: 4, targetHigh: 5 } });
    expect(s.indicators[0]).toMatchObject({ keep: 'within', target: 4, targetHigh: 5, status: 'green' });
  });
});

describe('individual scores on a self-evaluation', () => {
  it('sit beside the agreed ones, named or anonymous; their spread lists the widest disagreement first', async () => {
    const { processId } = await setup();
    let s = await call('evaluations.create', { processId, data: { kind: 'baseline', takenOn: '2027-01-10' } });
    const evaluation = s.evaluations[0]!;
    expect(evaluation.edition).toBe(se.edition);
    const [b1, b2, b3] = se.items.filter((i) => i.perspective === 'business').map((i) => i.id) as [string, string, string];
    await call('evaluations.setScore', { id: evaluation.id, itemId: b1, score: 3 });
    s = await call('evaluations.saveParticipant', { evaluationId: evaluation.id, data: { name: 'Ona' } });
    s = await call('evaluations.saveParticipant', { evaluationId: evaluation.id, data: { name: '' } });
    const [ona, anonymous] = [s.evaluations[0]!.participants[0]!, s.evaluations[0]!.participants[1]!];
    for (const [who, item, score] of [[ona, b1, 1], [anonymous, b1, 5], [ona, b2, 3], [anonymous, b2, 4], [ona, b3, 2], [anonymous, b3, 2]] as const) {
      await call('evaluations.setParticipantScore', { id: who.id, itemId: item, score });
    }
    s = await call('strategy.get', { processId });
    const stored = s.evaluations[0]!;
    expect(stored.participants.map((p) => [p.name, p.scores])).toEqual([['Ona', { [b1]: 1, [b2]: 3, [b3]: 2 }], ['', { [b1]: 5, [b2]: 4, [b3]: 2 }]]);
    expect(stored.scores).toEqual({ [b1]: 3 }); // the agreed score is untouched
    const spread = spreadOf(se.items, stored.participants);
    expect(spread.statements.map((x) => [x.id, x.min, x.max])).toEqual([[b1, 1, 5], [b2, 3, 4], [b3, 2, 2]]);
    expect(spread.perspectives.business).toEqual({ min: 2, max: 3.67 });
    expect(spread.perspectives.learning).toBeNull();

    expect(await issues('evaluations.setParticipantScore', { id: ona.id, itemId: 'se-no-such-1', score: 3 })).toEqual({ itemId: 'unknown_item' });
    s = await call('evaluations.deleteParticipant', { id: ona.id });
    expect(s.evaluations[0]!.participants.map((p) => p.id)).toEqual([anonymous.id]);
  });
});

describe('an evaluation of the first edition', () => {
  it('keeps its retired statements readable and scorable, and is compared with a later edition on the shared statements only', async () => {
    const { processId } = await setup();
    let s = await call('evaluations.create', { processId, data: { kind: 'baseline', takenOn: '2026-01-10' } });
    const old = s.evaluations[0]!.id;
    // As a database from before editions has it: every earlier evaluation is edition 1.
    cores.get().db!.prepare('UPDATE self_evaluations SET edition = 1 WHERE id = ?').run(old);
    const retired = se.retired.find((i) => i.editions.includes(1))!;
    const current = se.items.find((i) => !i.editions.includes(1))!;
    await call('evaluations.setScore', { id: old, itemId: retired.id, score: 2 });
    expect(await issues('evaluations.setScore', { id: old, itemId: current.id, score: 2 })).toEqual({ itemId: 'unknown_item' });
    s = await call('strategy.get', { processId });
    const edition1 = [...se.items, ...se.retired].filter((i) => i.editions.includes(1));
    expect(s.evaluations[0]).toMatchObject({ edition: 1, scores: { [retired.id]: 2 }, result: { rated: 1, total: edition1.length } });
    const library = await call('library.statements', { language: 'en' });
    expect(library.current).toBe(se.edition);
    expect(library.statements.find((x) => x.id === retired.id)).toMatchObject({ editions: retired.editions, text: expect.stringMatching(/\w/) });
  });
});
