import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../electron/api/backups';
import type { CaseFileDocument } from '../../../electron/api/case-file';
import { DATABASE_FILE } from '../../../electron/core/app-core';
import { openDatabase } from '../../../electron/core/db/open';
import { coreForEachTest, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/tmp';
import { SME_WITH_PROCESS } from '../../helpers/old-database';
import { pdfText } from '../../helpers/pdf-text';

const cores = coreForEachTest();
const { call } = cores;

/** A strategy where an objective has everything that can hang on it: links both ways, an activity, an indicator with a measurement, tags and a datapoint. */
async function strategy() {
  cores.start();
  const sme = await call('smes.create', { name: 'Kepykla Undo', country: 'LT' });
  const { id: processId } = await call('processes.create', { smeId: sme.id, title: 'SR 2027', language: 'en', startDate: '2027-01-10' });
  let s = await call('objectives.save', { processId, data: { perspective: 'business', title: 'More regular customers' } });
  const top = s.objectives[0]!.id;
  s = await call('objectives.save', { processId, data: { perspective: 'processes', title: 'Less bread thrown away', leadsTo: [top] } });
  const waste = s.objectives[1]!.id;
  s = await call('objectives.save', { processId, data: { perspective: 'learning', title: 'Staff bake sourdough', leadsTo: [waste] } });
  const skills = s.objectives[2]!.id;
  s = await call('activities.save', { processId, data: { objectiveId: waste, title: 'Give unsold bread to the food bank', status: 'running' } });
  const activity = s.activities[0]!.id;
  s = await call('indicators.save', { processId, data: { objectiveId: waste, name: 'Loaves thrown away per week', direction: 'down', baseline: 120, target: 40 } });
  const indicator = s.indicators[0]!.id;
  await call('measurements.save', { indicatorId: indicator, data: { measuredOn: '2026-04-01', value: 100 } });
  await call('standards.setTags', { processId, recordKind: 'objective', recordId: waste, tags: { iso26000: ['6.5.3'], vsme: [], sdg: ['12.3'] } });
  await call('standards.setTags', { processId, recordKind: 'activity', recordId: activity, tags: { iso26000: ['6.8.3'], vsme: [], sdg: [] } });
  await call('standards.setDatapoint', { processId, indicatorId: indicator, datapoint: 'B7-waste' });
  await call('stakeholders.save', { processId, data: { group: 'customers', name: 'Families of the town', influence: 4, impact: 3, relationship: 4 } });
  await call('reviews.save', { processId, data: { heldOn: '2026-10-01', findings: 'Waste fell faster than hoped.' } });
  return { smeId: sme.id, processId, top, waste, skills, activity, indicator };
}

const everything = async (processId: string) => ({
  strategy: await call('strategy.get', { processId }),
  tags: await call('standards.tags', { processId }),
  coverage: await call('standards.coverage', { processId }),
});

const exported = async (smeId: string): Promise<CaseFileDocument> =>
  JSON.parse(Buffer.from((await call('caseFiles.export', { smeIds: [smeId] })).base64, 'base64').toString('utf8')) as CaseFileDocument;

describe('a deleted objective', () => {
  it('is gone from the strategy, its tags, coverage, export and PDF, and an undo brings it back with its links, indicator, measurement and tags', async () => {
    const { smeId, processId, top, waste, skills, activity, indicator } = await strategy();
    const before = await everything(processId);
    const exportBefore = await exported(smeId);
    // What the delete has to take away is there to begin with.
    expect(before.coverage.iso26000.find((r) => r.code.startsWith('6.5'))?.objectives).toBe(1);
    expect(before.tags.datapoints).toEqual({ [indicator]: 'B7-waste' });
    expect(JSON.stringify(await call('standards.draft', { processId }))).toContain('Less bread thrown away');

    const s = await call('objectives.delete', { id: waste });
    expect(s.objectives.map((o) => [o.id, o.leadsTo])).toEqual([[top, []], [skills, []]]);
    expect(s.indicators).toEqual([]);
    expect(s.activities.map((a) => [a.id, a.objectiveId])).toEqual([[activity, null]]);
    const tags = await call('standards.tags', { processId });
    expect(tags.records[waste]).toBeUndefined();
    expect(tags.datapoints).toEqual({});
    const coverage = await call('standards.coverage', { processId });
    expect(coverage.iso26000.find((r) => r.code.startsWith('6.5'))?.objectives ?? 0).toBe(0);
    const draft = await call('standards.draft', { processId });
    expect(JSON.stringify(draft)).not.toContain('Less bread thrown away');

    const pdf = await pdfText(Buffer.from((await call('strategy.pdf', { processId })).base64, 'base64'));
    expect(pdf.text).toContain('Staff bake sourdough');
    expect(pdf.text).not.toContain('Less bread thrown away');
    expect(pdf.text).not.toContain('Loaves thrown away per week');

    // The document carries no deleted row and nothing that would point at one.
    const doc = await exported(smeId);
    const file = doc.caseFiles[0]!;
    expect(file.objectives.map((o) => o.id)).toEqual([top, skills]);
    expect(file.objectiveLinks).toEqual([]);
    expect(file.indicators).toEqual([]);
    expect(file.measurements).toEqual([]);
    expect(file.indicatorDatapoints).toEqual([]);
    expect(file.standardTags.map((t) => t.recordId)).toEqual([activity]);
    expect(file.activities[0]!.objectiveId).toBeNull();
    // ... and imports whole elsewhere.
    const other = testCore();
    try {
      const r = await other.dispatch('caseFiles.import', { base64: Buffer.from(JSON.stringify(doc)).toString('base64') });
      expect(r.ok).toBe(true);
    } finally {
      other.close();
    }

    await call('objectives.restore', { id: waste });
    expect(await everything(processId)).toEqual(before);
    const exportAfter = await exported(smeId);
    expect({ ...exportAfter, createdAt: '' }).toEqual({ ...exportBefore, createdAt: '' });
    expect((await call('strategy.get', { processId })).indicators[0]).toMatchObject({ id: indicator, measurements: [expect.objectContaining({ value: 100 })] });
  });

  it('keeps the links other objectives have to it while it is deleted, even when they are edited meanwhile', async () => {
    const { processId, skills, waste } = await strategy();
    await call('objectives.delete', { id: waste });
    // The screen shows "Staff bake sourdough" leading nowhere now, and saves it so.
    await call('objectives.save', { processId, id: skills, data: { perspective: 'learning', title: 'Staff bake sourdough well', leadsTo: [] } });
    const s = await call('objectives.restore', { id: waste });
    expect(s.objectives.find((o) => o.id === skills)).toMatchObject({ title: 'Staff bake sourdough well', leadsTo: [waste] });
  });

  it('brings back only the indicators deleted with it, not one deleted on its own before', async () => {
    const { processId, waste, indicator } = await strategy();
    let s = await call('indicators.save', { processId, data: { objectiveId: waste, name: 'Food bank deliveries', direction: 'up', baseline: 0, target: 50 } });
    const second = s.indicators[1]!.id;
    await call('indicators.delete', { id: indicator });
    await call('objectives.delete', { id: waste });
    s = await call('objectives.restore', { id: waste });
    expect(s.indicators.map((i) => i.id)).toEqual([second]);
    s = await call('indicators.restore', { id: indicator });
    expect(s.indicators.map((i) => i.id)).toEqual([indicator, second]);
  });

  it('cannot be edited, linked to, tagged, measured or deleted again; restoring what is not deleted is refused', async () => {
    const { processId, waste, top, indicator } = await strategy();
    await call('objectives.delete', { id: waste });
    const core = cores.get();
    const refused = async (channel: Parameters<typeof core.dispatch>[0], payload: unknown) => {
      const r = await core.dispatch(channel, payload);
      return r.ok ? 'ok' : (r.error.issues?.[0]?.code ?? r.error.code);
    };
    expect(await refused('objectives.save', { processId, id: waste, data: { perspective: 'processes', title: 'Back?' } })).toBe('not_found');
    expect(await refused('objectives.save', { processId, id: top, data: { perspective: 'business', title: 'More regular customers', leadsTo: [waste] } })).toBe('unknown_objective');
    expect(await refused('activities.save', { processId, data: { objectiveId: waste, title: 'New' } })).toBe('unknown_objective');
    expect(await refused('standards.setTags', { processId, recordKind: 'objective', recordId: waste, tags: { iso26000: ['6.2'], vsme: [], sdg: [] } })).toBe('not_found');
    expect(await refused('measurements.save', { indicatorId: indicator, data: { measuredOn: '2026-05-01', value: 1 } })).toBe('not_found');
    expect(await refused('objectives.delete', { id: waste })).toBe('not_found');
    expect(await refused('objectives.restore', { id: top })).toBe('not_found');
    expect(await refused('stakeholders.restore', { id: waste })).toBe('not_found');
  });
});

describe('every other strategy record', () => {
  it('comes back exactly as it was after a delete and an undo', async () => {
    const { processId, activity, indicator } = await strategy();
    const before = await everything(processId);
    const s0 = before.strategy;
    const measurement = s0.indicators[0]!.measurements[0]!.id;
    const cases = [
      ['stakeholders', s0.stakeholders[0]!.id, (s: typeof s0) => s.stakeholders.length],
      ['activities', activity, (s: typeof s0) => s.activities.length],
      ['indicators', indicator, (s: typeof s0) => s.indicators.length],
      ['measurements', measurement, (s: typeof s0) => s.indicators[0]?.measurements.length ?? 0],
      ['reviews', s0.reviews[0]!.id, (s: typeof s0) => s.reviews.length],
    ] as const;
    for (const [kind, id, count] of cases) {
      const gone = await call(`${kind}.delete`, { id });
      expect(count(gone), kind).toBe(count(s0) - 1);
      await call(`${kind}.restore`, { id });
      expect(await everything(processId), kind).toEqual(before);
    }
    // A deleted activity's tags leave the coverage with it.
    await call('activities.delete', { id: activity });
    expect((await call('standards.tags', { processId })).records[activity]).toBeUndefined();
  });

  it('is left behind by the next cycle, which carries only what is in use', async () => {
    const { processId, activity, indicator } = await strategy();
    const s0 = await call('strategy.get', { processId });
    await call('stakeholders.delete', { id: s0.stakeholders[0]!.id });
    await call('activities.delete', { id: activity });
    await call('measurements.delete', { id: s0.indicators[0]!.measurements[0]!.id });
    const next = await call('processes.nextCycle', { id: processId, title: 'SR 2028', startDate: '2028-01-10' });
    const s = await call('strategy.get', { processId: next.id });
    expect(s.stakeholders).toEqual([]);
    expect(s.activities).toEqual([]);
    // The deleted measurement is not the new baseline: the indicator starts from its own.
    expect(s.indicators.map((i) => [i.name, i.baseline])).toEqual([['Loaves thrown away per week', 120]]);
    expect(indicator).not.toBe(s.indicators[0]!.id);
  });
});

describe('deleted records', () => {
  it('are removed for good when the app closes, after the backup on quit that still holds them', async () => {
    const { processId, waste, indicator } = await strategy();
    const core = cores.get();
    await call('objectives.delete', { id: waste });
    const kept = await call('strategy.get', { processId });
    core.close();

    const again = testCore(core.dataDir);
    try {
      const db = again.db!;
      expect(db.prepare('SELECT count(*) AS n FROM objectives WHERE id = ?').get(waste)).toEqual({ n: 0 });
      expect(db.prepare('SELECT count(*) AS n FROM indicators WHERE id = ?').get(indicator)).toEqual({ n: 0 });
      expect(db.prepare('SELECT count(*) AS n FROM measurements').get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT count(*) AS n FROM standard_tags WHERE record_id = ?').get(waste)).toEqual({ n: 0 });
      // What was in use is untouched, and an undo now finds nothing to bring back.
      expect(await again.dispatch('strategy.get', { processId })).toEqual({ ok: true, value: kept });
      expect(await again.dispatch('objectives.restore', { id: waste })).toMatchObject({ ok: false, error: { code: 'not_found' } });
      const backups = await again.dispatch('backups.list', {});
      const onQuit = backups.ok ? (backups.value as BackupInfo[]).find((b) => b.reason === 'on-quit') : undefined;
      expect(onQuit).toBeDefined();
      const copy = new Database(path.join(core.dataDir, 'backups', onQuit!.name), { readonly: true });
      expect(copy.prepare('SELECT deleted_at IS NOT NULL AS deleted FROM objectives WHERE id = ?').get(waste)).toEqual({ deleted: 1 });
      copy.close();
    } finally {
      again.close();
    }
  });

  it('left behind by a session that ended without quitting (a crash) are removed when the app starts', async () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir, DATABASE_FILE));
    db.exec(`${SME_WITH_PROCESS}
             INSERT INTO stakeholders (id, process_id, position, grp, name, influence, impact, relationship, deleted_at) VALUES ('gone', 'p', 0, 'customers', 'Deleted', 3, 3, 3, '2026-12-01T10:00:00.000Z'),
               ('kept', 'p', 1, 'customers', 'In use', 3, 3, 3, NULL);`);
    db.close();
    const core = testCore(dir);
    try {
      expect(core.db!.prepare('SELECT id FROM stakeholders').all()).toEqual([{ id: 'kept' }]);
    } finally {
      core.close();
    }
  });
});
