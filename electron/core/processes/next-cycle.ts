import type { ProcessData, ProcessRecord } from '../../api/processes';
import { AppFailure } from '../../api/result';
import type { Db } from '../db/open';
import type { StrategyRepository } from '../strategy/repository';
import type { ProcessRepository } from './repository';

/**
 * Starts the next yearly cycle from this one: a new process with six workshops that carries the
 * strategy forward — vision and review routine, stakeholders, objectives and their links,
 * activities not done or dropped, and indicators whose baseline is their latest measurement.
 */
export function nextCycle(
  deps: { db: Db; processes: ProcessRepository; strategies: StrategyRepository },
  previousId: string,
  data: Pick<ProcessData, 'title' | 'startDate'>,
  now = new Date(),
): ProcessRecord {
  const { db, processes, strategies } = deps;
  const previous = processes.get(previousId);
  if (data.startDate <= previous.startDate) throw new AppFailure('validation', 'startDate: before_previous', [{ path: 'startDate', code: 'before_previous' }]);
  const old = strategies.get(previousId, now);
  let created!: ProcessRecord;
  db.transaction(() => {
    created = processes.create({ smeId: previous.smeId, title: data.title, language: previous.language, facilitator: previous.facilitator, startDate: data.startDate, status: 'planned' }, now);
    const id = created.id;
    db.prepare('UPDATE processes SET previous_id = ? WHERE id = ?').run(previousId, id);
    // The cycle the next one follows is over: it must not stay "planned" or "running" beside it.
    db.prepare(`UPDATE processes SET status = 'completed', updated_at = ? WHERE id = ?`).run(now.toISOString(), previousId);
    strategies.writeStrategy(id, { vision: old.vision, reviewRoutine: old.reviewRoutine }, now);
    for (const s of old.stakeholders) strategies.save('stakeholders', id, undefined, [s.group, s.name, s.influence, s.impact, s.expectations, s.relationship]);
    const objectiveIds = new Map(old.objectives.map((o) => [o.id, strategies.save('objectives', id, undefined, [o.perspective, o.title, o.description])]));
    const link = db.prepare('INSERT INTO objective_links (cause_id, effect_id) VALUES (?, ?)');
    for (const o of old.objectives) for (const e of o.leadsTo) link.run(objectiveIds.get(o.id), objectiveIds.get(e));
    for (const a of old.activities.filter((x) => x.status === 'planned' || x.status === 'running')) {
      strategies.save('activities', id, undefined, [
        a.objectiveId ? objectiveIds.get(a.objectiveId)! : null, a.title, 'existing', a.owner, a.startDate, a.dueDate, a.status, a.cost,
        a.businessBenefit, a.stakeholderBenefit, a.learning ? 1 : 0, a.learners, a.learningWhat, a.learningHow,
      ]);
    }
    for (const i of old.indicators) {
      const last = i.measurements.at(-1);
      strategies.save('indicators', id, undefined, [
        objectiveIds.get(i.objectiveId)!, i.name, i.unit, i.direction, i.keep, last?.value ?? i.baseline, last?.measuredOn ?? i.baselineDate, i.target, i.targetHigh, i.targetDate,
      ]);
    }
  })();
  return processes.get(created.id);
}
