import { randomUUID } from 'node:crypto';
import type { AnyRow, CaseFileTable } from '../../api/case-file';
import type { ProcessData, ProcessRecord } from '../../api/processes';
import { AppFailure } from '../../api/result';
import { readRows, writeRows } from '../case-file/rows';
import type { Db } from '../db/open';
import type { ProcessRepository } from './repository';

/**
 * Starts the next yearly cycle from this one: a new process with six workshops that carries the
 * strategy forward — vision and review routine, stakeholders, objectives and their links,
 * activities not done or dropped, and indicators whose baseline is their latest measurement, each
 * with its standards tags (and an indicator with the VSME datapoint it feeds).
 * The rows are copied through the case-file mapping, so a column added to these tables is
 * carried forward without a change here.
 */
export function nextCycle(
  deps: { db: Db; processes: ProcessRepository },
  previousId: string,
  data: Pick<ProcessData, 'title' | 'startDate'>,
  now = new Date(),
): ProcessRecord {
  const { db, processes } = deps;
  const previous = processes.get(previousId);
  if (data.startDate <= previous.startDate) throw new AppFailure('validation', 'startDate: before_previous', [{ path: 'startDate', code: 'before_previous' }]);
  let created!: ProcessRecord;
  db.transaction(() => {
    created = processes.create({ smeId: previous.smeId, title: data.title, language: previous.language, facilitator: previous.facilitator, startDate: data.startDate, status: 'planned' }, now);
    const processId = created.id;
    db.prepare('UPDATE processes SET previous_id = ? WHERE id = ?').run(previousId, processId);
    // The cycle the next one follows is over: it must not stay "planned" or "running" beside it.
    db.prepare(`UPDATE processes SET status = 'completed', updated_at = ? WHERE id = ?`).run(now.toISOString(), previousId);

    const ids = new Map<string, string>();
    const renew = (old: string) => ids.get(old) ?? ids.set(old, randomUUID()).get(old)!;
    const mapped = (old: unknown) => (typeof old === 'string' ? (ids.get(old) ?? null) : null);
    const rows = (name: CaseFileTable) => readRows(db, name, 'processes', previousId);
    const stamp = now.toISOString();

    const [strategy] = rows('strategies');
    writeRows(db, 'strategies', [{ ...(strategy ?? { vision: '', reviewRoutine: '' }), processId, updatedAt: stamp }]);
    writeRows(db, 'stakeholders', rows('stakeholders').map((s) => ({ ...s, id: randomUUID(), processId })));
    writeRows(db, 'objectives', rows('objectives').map((o) => ({ ...o, id: renew(o.id as string), processId })));
    writeRows(db, 'objectiveLinks', rows('objectiveLinks').map((l) => ({ causeId: mapped(l.causeId), effectId: mapped(l.effectId) })));
    const open = rows('activities').filter((a) => a.status === 'planned' || a.status === 'running');
    writeRows(db, 'activities', open.map((a) => ({ ...a, id: renew(a.id as string), processId, objectiveId: mapped(a.objectiveId), kind: 'existing' })));
    const measurements = rows('measurements');
    writeRows(db, 'indicators', rows('indicators').map((i) => ({ ...i, id: renew(i.id as string), processId, objectiveId: mapped(i.objectiveId), ...latest(i, measurements) })));
    // The standards tags and the VSME datapoint an indicator feeds go with the records carried
    // over, so next year's coverage and draft report start where this year's left off.
    writeRows(db, 'indicatorDatapoints', rows('indicatorDatapoints').map((d) => ({ ...d, indicatorId: mapped(d.indicatorId) })));
    writeRows(db, 'standardTags', rows('standardTags').filter((t) => ids.has(t.recordId as string)).map((t) => ({ ...t, processId, recordId: mapped(t.recordId) })));
  })();
  return processes.get(created.id);
}

/** The indicator's latest measurement as its new baseline (by date; of one day, the last written). */
function latest(indicator: AnyRow, measurements: AnyRow[]): AnyRow {
  const own = measurements.filter((m) => m.indicatorId === indicator.id).sort((a, b) => String(a.measuredOn).localeCompare(String(b.measuredOn)));
  const last = own.at(-1);
  return last ? { baseline: last.value, baselineDate: last.measuredOn } : {};
}
