import { describe, expect, it } from 'vitest';

import { indicatorStatus, largestGaps, scoreEvaluation, worstLight } from '../../../electron/api/scoring';

import { localDay } from '../../../electron/api/local-time';
import { coreForEachTest } from '../../helpers/core';

const cores = coreForEachTest();
const { call, issues } = cores;
async function setup() {
  cores.start();
  const sme = await call('smes.create', { name: 'Kepykla', country: 'LT' });
  const process = await call('processes.create', { smeId: sme.id, title: 'SR 2027', language: 'en', startDate: '2027-01-10' });
  return { sme, process, processId: process.id };
}

describe('self-evaluation scores', () => {
  const items = [
    { id: 'a', perspective: 'business' as const },
    { id: 'b', perspective: 'business' as const, relationship: 'employees' as const },
    { id: 'c', perspective: 'learning' as const, relationship: 'employees' as const },
    { id: 'd', perspective: 'processes' as const, relationship: 'environment' as const },
  ];

  it('are the mean of the rated statements per perspective and relationship; unrated ones are left out', () => {
    const r = scoreEvaluation(items, { a: 2, b: 5, c: 4 });
    expect(r.perspectives).toEqual({ business: 3.5, stakeholders: null, processes: null, learning: 4 });
    expect(r.relationships).toMatchObject({ employees: 4.5, environment: null, customers: null });
    expect(r.overall).toBe(3.67);
    expect([r.rated, r.total]).toEqual([3, 4]);
  });

  it('suggest the statements furthest from the top first, those that fell most first among equals', () => {
    expect(largestGaps(items, { a: 2, b: 5, c: 2, d: 3 }).map((g) => g.id)).toEqual(['a', 'c', 'd']);
    expect(largestGaps(items, { a: 2, b: 5, c: 2, d: 3 }, 2, { a: 2, c: 4 }).map((g) => [g.id, g.drop])).toEqual([['c', 2], ['a', 0]]);
  });
});

describe('indicator traffic lights', () => {
  const ind = { direction: 'up' as const, baseline: 10, baselineDate: '2027-01-01', target: 20, targetDate: '2027-12-31' };

  it('are green when the target is reached or progress keeps pace with the time, amber behind, red when late or worse than the baseline twice in a row', () => {
    expect(indicatorStatus(ind, [], '2027-06-01')).toBe('none');
    expect(indicatorStatus(ind, [{ measuredOn: '2027-03-01', value: 21 }], '2027-03-01')).toBe('green');
    expect(indicatorStatus(ind, [{ measuredOn: '2027-07-01', value: 16 }], '2027-07-01')).toBe('green'); // 60 % done at 50 % of the time
    expect(indicatorStatus(ind, [{ measuredOn: '2027-07-01', value: 12 }], '2027-07-01')).toBe('amber');
    // One measurement worse than the baseline is a warning, not yet a decision (the guides: do not react to one bad month).
    expect(indicatorStatus(ind, [{ measuredOn: '2027-07-01', value: 8 }], '2027-07-01')).toBe('amber');
    expect(indicatorStatus(ind, [{ measuredOn: '2027-06-01', value: 9 }, { measuredOn: '2027-07-01', value: 8 }], '2027-07-01')).toBe('red');
    expect(indicatorStatus(ind, [{ measuredOn: '2027-05-01', value: 8 }, { measuredOn: '2027-06-01', value: 12 }, { measuredOn: '2027-07-01', value: 9 }], '2027-07-01')).toBe('amber');
    expect(indicatorStatus(ind, [{ measuredOn: '2027-12-01', value: 19 }], '2028-01-05')).toBe('red');
    const down = { ...ind, direction: 'down' as const, baseline: 30, target: 20 };
    expect(indicatorStatus(down, [{ measuredOn: '2027-12-01', value: 19.5 }], '2027-12-02')).toBe('green');
  });

  it('roll up to the worst light', () => {
    expect(worstLight(['green', 'none', 'amber'])).toBe('amber');
    expect(worstLight([])).toBe('none');
  });
});

describe('the strategy records', () => {
  it('keep evaluations, objectives with their links, activities, indicators, measurements and reviews', async () => {
    const { processId } = await setup();
    let s = await call('evaluations.create', { processId, data: { kind: 'baseline', takenOn: '2027-01-20' } });
    const evaluation = s.evaluations[0]!;
    await call('evaluations.setScore', { id: evaluation.id, itemId: 'se-business-1', score: 2 });
    await call('evaluations.setScore', { id: evaluation.id, itemId: 'se-learning-1', score: 4 });
    await call('evaluations.setScore', { id: evaluation.id, itemId: 'se-learning-1', score: null });
    s = await call('strategy.get', { processId });
    expect(s.evaluations[0]!.scores).toEqual({ 'se-business-1': 2 });
    expect(s.evaluations[0]!.result.perspectives.business).toBe(2);

    s = await call('objectives.save', { processId, data: { perspective: 'business', title: 'More regular customers' } });
    const effect = s.objectives[0]!.id;
    s = await call('objectives.save', { processId, data: { perspective: 'learning', title: 'Staff learn to bake sourdough', leadsTo: [effect] } });
    const cause = s.objectives[1]!.id;
    expect(s.objectives.map((o) => [o.title, o.leadsTo])).toEqual([['More regular customers', []], ['Staff learn to bake sourdough', [effect]]]);

    s = await call('activities.save', {
      processId,
      data: { objectiveId: cause, title: 'Mentoring by the head baker', learning: true, learners: 'Two apprentices', learningWhat: 'Sourdough', learningHow: 'mentoring', dueDate: '2020-01-01' },
    });
    expect(s.activities[0]).toMatchObject({ learning: true, learningHow: 'mentoring', overdue: true, status: 'planned' });
    s = await call('indicators.save', { processId, data: { objectiveId: effect, name: 'Loyalty cards', direction: 'up', baseline: 100, target: 200, targetDate: '2099-12-31' } });
    const indicator = s.indicators[0]!.id;
    s = await call('measurements.save', { indicatorId: indicator, data: { measuredOn: '2026-06-01', value: 90 } });
    expect(s.indicators[0]).toMatchObject({ status: 'amber', measurements: [expect.objectContaining({ value: 90 })] });
    s = await call('measurements.save', { indicatorId: indicator, data: { measuredOn: '2026-07-01', value: 95 } });
    expect(s.indicators[0]!.status).toBe('red'); // worse than the baseline twice in a row
    s = await call('reviews.save', { processId, data: { heldOn: '2027-09-01', findings: 'Slow start', nextOn: '2027-12-01' } });
    expect(s.reviews[0]).toMatchObject({ heldOn: '2027-09-01', nextOn: '2027-12-01' });

    // One date rule for every record that runs from one day to another, and nothing measured in the future.
    const before = await call('strategy.get', { processId });
    expect(await issues('indicators.save', { processId, id: indicator, data: { objectiveId: effect, name: 'Loyalty cards', direction: 'up', baseline: 100, baselineDate: '2027-03-01', target: 200, targetDate: '2027-02-28' } }))
      .toEqual({ 'data.targetDate': 'target_before_baseline' });
    expect(await issues('activities.save', { processId, data: { title: 'Late', startDate: '2027-03-01', dueDate: '2027-02-28' } })).toEqual({ 'data.dueDate': 'due_before_start' });
    expect(await issues('reviews.save', { processId, data: { heldOn: '2027-03-01', nextOn: '2027-02-28' } })).toEqual({ nextOn: 'next_before_held' });
    const tomorrow = localDay(new Date(Date.now() + 86_400_000));
    expect(await issues('measurements.save', { indicatorId: indicator, data: { measuredOn: tomorrow, value: 1 } })).toEqual({ measuredOn: 'measured_in_future' });
    expect(await call('strategy.get', { processId })).toEqual(before);
    s = await call('measurements.save', { indicatorId: indicator, data: { measuredOn: localDay(new Date()), value: 99 } });
    expect(s.indicators[0]!.measurements).toHaveLength(3);

    // Deleting an objective takes its indicators and links with it; activities stay, unlinked.
    s = await call('objectives.delete', { id: effect });
    expect(s.objectives.map((o) => o.leadsTo)).toEqual([[]]);
    expect(s.indicators).toEqual([]);
    s = await call('objectives.delete', { id: cause });
    expect(s.activities[0]!.objectiveId).toBeNull();
  });

  it('refuse links to unknown objectives, targets on the wrong side, reviews planned backwards, and a due date before the start', async () => {
    const { processId } = await setup();
    const s = await call('objectives.save', { processId, data: { perspective: 'business', title: 'A' } });
    const id = s.objectives[0]!.id;
    const { smeId } = (await call('strategy.get', { processId }));
    const other = await call('processes.create', { smeId, title: 'Another cycle', language: 'en', startDate: '2028-01-10' });
    expect(await issues('objectives.save', { processId: other.id, data: { perspective: 'business', title: 'B', leadsTo: [id] } })).toEqual({ 'leadsTo.0': 'unknown_objective' });
    expect(await issues('objectives.save', { processId, id, data: { perspective: 'business', title: 'A', leadsTo: [id] } })).toEqual({ 'leadsTo.0': 'self_link' });
    expect(await issues('indicators.save', { processId, data: { objectiveId: id, name: 'Waste', direction: 'down', baseline: 10, target: 12 } })).toEqual({ target: 'target_above_baseline' });
    expect(await issues('reviews.save', { processId, data: { heldOn: '2027-09-01', nextOn: '2027-08-01' } })).toEqual({ nextOn: 'next_before_held' });
    expect(await issues('activities.save', { processId, data: { title: 'X', startDate: '2027-05-01', dueDate: '2027-04-01' } })).toEqual({ 'data.dueDate': 'due_before_start' });
    expect(await issues('evaluations.setScore', { id: (await call('evaluations.create', { processId, data: { kind: 'baseline', takenOn: '2027-01-20' } })).evaluations[0]!.id, itemId: 'se-nothing', score: 3 })).toEqual({ itemId: 'unknown_item' });
    // Nothing of the refused changes was stored.
    const after = await call('strategy.get', { processId });
    expect([after.objectives.length, after.indicators.length, after.reviews.length, after.activities.length]).toEqual([1, 0, 0, 0]);
    expect(after.objectives[0]!.leadsTo).toEqual([]);
  });

  it('start the next cycle from the last one', async () => {
    const { processId } = await setup();
    await call('strategy.update', { processId, data: { vision: 'The bakery the town is proud of', reviewRoutine: 'Every quarter' } });
    let s = await call('objectives.save', { processId, data: { perspective: 'business', title: 'Regular customers' } });
    const effect = s.objectives[0]!.id;
    s = await call('objectives.save', { processId, data: { perspective: 'learning', title: 'Skills', leadsTo: [effect] } });
    await call('activities.save', { processId, data: { objectiveId: effect, title: 'Done already', status: 'done' } });
    await call('activities.save', { processId, data: { objectiveId: effect, title: 'Still going', status: 'running' } });
    s = await call('indicators.save', { processId, data: { objectiveId: effect, name: 'Cards', direction: 'up', baseline: 100, target: 200 } });
    await call('measurements.save', { indicatorId: s.indicators[0]!.id, data: { measuredOn: '2026-11-01', value: 150 } });
    await call('stakeholders.save', { processId, data: { group: 'customers', name: 'Families', influence: 4, impact: 3, relationship: 4 } });

    expect(await issues('processes.nextCycle', { id: processId, title: 'SR 2028', startDate: '2026-01-01' })).toEqual({ startDate: 'before_previous' });
    const next = await call('processes.nextCycle', { id: processId, title: 'SR 2028', startDate: '2028-01-10' });
    expect(next.workshops).toHaveLength(6);
    const n = await call('strategy.get', { processId: next.id });
    expect([n.vision, n.reviewRoutine]).toEqual(['The bakery the town is proud of', 'Every quarter']);
    expect(n.objectives.map((o) => o.title)).toEqual(['Regular customers', 'Skills']);
    expect(n.objectives[1]!.leadsTo).toEqual([n.objectives[0]!.id]);
    expect(n.activities.map((a) => [a.title, a.kind, a.objectiveId])).toEqual([['Still going', 'existing', n.objectives[0]!.id]]);
    expect(n.indicators[0]).toMatchObject({ baseline: 150, baselineDate: '2026-11-01', target: 200, measurements: [] });
    expect(n.stakeholders.map((x) => x.name)).toEqual(['Families']);
    // The old cycle is untouched.
    expect((await call('strategy.get', { processId })).activities).toHaveLength(2);
    // …except that it is over: it does not stay "planned" beside the cycle that follows it.
    expect((await call('processes.get', { id: processId })).status).toBe('completed');
  });

  it('give the SME dashboard in one call', async () => {
    const { sme, processId } = await setup();
    let s = await call('objectives.save', { processId, data: { perspective: 'stakeholders', title: 'Happy customers' } });
    s = await call('indicators.save', { processId, data: { objectiveId: s.objectives[0]!.id, name: 'Complaints', direction: 'down', baseline: 20, target: 5, targetDate: '2099-01-01' } });
    await call('measurements.save', { indicatorId: s.indicators[0]!.id, data: { measuredOn: '2026-01-01', value: 4 } });
    await call('activities.save', { processId, data: { title: 'Late one', dueDate: '2020-01-01' } });
    await call('reviews.save', { processId, data: { heldOn: '2026-01-01', nextOn: '2099-03-01' } });
    const d = await call('smes.dashboard', { smeId: sme.id });
    expect(d.processId).toBe(processId);
    expect(d.scorecard.find((p) => p.perspective === 'stakeholders')).toMatchObject({ objectives: 1, status: 'green', indicators: { green: 1, amber: 0, red: 0, none: 0 } });
    expect(d.scorecard.find((p) => p.perspective === 'business')!.status).toBe('none');
    expect(d.overdue.map((a) => a.title)).toEqual(['Late one']);
    expect([d.nextReview, d.lastReview]).toEqual(['2099-03-01', '2026-01-01']);
  });
});
