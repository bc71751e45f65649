import { describe, expect, it } from 'vitest';
import { coreForEachTest, testCore } from '../../helpers/core';

const cores = coreForEachTest();
const { call } = cores;

describe('the next cycle', () => {
  it('carries the standards tags and VSME datapoints of the records it carries over, and only theirs', async () => {
    cores.start();
    const sme = await call('smes.create', { name: 'Kepykla', country: 'LT' });
    const { id: processId } = await call('processes.create', { smeId: sme.id, title: 'SR 2027', language: 'en', startDate: '2026-01-10' });
    let s = await call('objectives.save', { processId, data: { perspective: 'processes', title: 'Less bread thrown away' } });
    const objective = s.objectives[0]!.id;
    s = await call('activities.save', { processId, data: { objectiveId: objective, title: 'Food bank twice a week', status: 'running' } });
    const open = s.activities[0]!.id;
    s = await call('activities.save', { processId, data: { objectiveId: objective, title: 'Waste audit', status: 'done' } });
    const done = s.activities[1]!.id;
    s = await call('indicators.save', { processId, data: { objectiveId: objective, name: 'Tonnes of waste', unit: 't', direction: 'down', baseline: 9, target: 5 } });
    const indicator = s.indicators[0]!.id;
    await call('measurements.save', { indicatorId: indicator, data: { measuredOn: '2026-06-01', value: 7 } });
    const tag = (recordKind: 'objective' | 'activity' | 'indicator', recordId: string, iso26000: string[], sdg: string[] = []) =>
      call('standards.setTags', { processId, recordKind, recordId, tags: { iso26000, vsme: [], sdg } });
    await tag('objective', objective, ['6.5.3'], ['12.3']);
    await tag('activity', open, ['6.8.3']);
    await tag('activity', done, ['6.5.4']);
    await tag('indicator', indicator, ['6.5.3']);
    await call('standards.setDatapoint', { processId, indicatorId: indicator, datapoint: 'B7-waste' });
    const oldTags = await call('standards.tags', { processId });

    const next = await call('processes.nextCycle', { id: processId, title: 'SR 2028', startDate: '2027-01-10' });
    const n = await call('strategy.get', { processId: next.id });
    const [newObjective, newActivity, newIndicator] = [n.objectives[0]!.id, n.activities[0]!.id, n.indicators[0]!.id];
    expect(n.activities.map((a) => a.title)).toEqual(['Food bank twice a week']);
    const tags = await call('standards.tags', { processId: next.id });
    expect(tags).toEqual({
      records: {
        [newObjective]: { iso26000: ['6.5.3'], vsme: [], sdg: ['12.3'] },
        [newActivity]: { iso26000: ['6.8.3'], vsme: [], sdg: [] },
        [newIndicator]: { iso26000: ['6.5.3'], vsme: [], sdg: [] },
      },
      datapoints: { [newIndicator]: 'B7-waste' },
    });
    // The draft of the new cycle takes the datapoint from the carried indicator once it is measured.
    await call('measurements.save', { indicatorId: newIndicator, data: { measuredOn: '2026-11-01', value: 6 } });
    expect(JSON.stringify(await call('standards.draft', { processId: next.id }))).toContain('Tonnes of waste');
    // The old cycle keeps its own, and the SME's case file still exports and imports whole.
    expect(await call('standards.tags', { processId })).toEqual(oldTags);
    const file = await call('caseFiles.export', { smeIds: [sme.id] });
    const other = testCore();
    try {
      expect(await other.dispatch('caseFiles.import', { base64: file.base64 })).toMatchObject({ ok: true });
      expect(await other.dispatch('standards.tags', { processId: next.id })).toEqual({ ok: true, value: tags });
    } finally {
      other.close();
    }
  });
});
