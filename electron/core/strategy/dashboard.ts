import { AppFailure } from '../../api/result';
import { worstLight } from '../../api/scoring';
import type { Dashboard, Light } from '../../api/strategy';
import { ACTIVITY_STATUSES, PERSPECTIVES } from '../../api/strategy';
import type { Db } from '../db/open';
import type { ProcessRepository } from '../processes/repository';
import type { StrategyRepository } from './repository';
import { localDay } from '../../api/local-time';

/** The SME at a glance, from its current process: scorecard lights, overdue work, next review. */
export function smeDashboard(
  deps: { db: Db; processes: ProcessRepository; strategies: StrategyRepository },
  smeId: string,
  now = new Date(),
): Dashboard {
  const { db, processes, strategies } = deps;
  const list = processes.listForSme(smeId);
  const current = list.find((p) => p.status === 'running') ?? list.find((p) => p.status !== 'planned') ?? list[0];
  const empty = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Dashboard['activities'];
  if (!current) {
    if (!db.prepare('SELECT 1 FROM smes WHERE id = ?').get(smeId)) throw new AppFailure('not_found', `No SME with id ${smeId}`);
    return {
      smeId, processId: null, processTitle: '', activities: empty, learningActivities: 0, overdue: [], nextReview: null, lastReview: null,
      latestEvaluation: null, nextWorkshop: null, openHomework: 0,
      scorecard: PERSPECTIVES.map((p) => ({ perspective: p, objectives: 0, indicators: { green: 0, amber: 0, red: 0, none: 0 }, status: 'none' as Light })),
    };
  }
  const s = strategies.get(current.id, now);
  const today = localDay(now);
  const scorecard = PERSPECTIVES.map((perspective) => {
    const ids = new Set(s.objectives.filter((o) => o.perspective === perspective).map((o) => o.id));
    const lights = s.indicators.filter((i) => ids.has(i.objectiveId)).map((i) => i.status);
    const indicators = { green: 0, amber: 0, red: 0, none: 0 };
    for (const l of lights) indicators[l]++;
    return { perspective, objectives: ids.size, indicators, status: worstLight(lights) };
  });
  const activities = { ...empty };
  for (const a of s.activities) activities[a.status]++;
  const planned = s.reviews.map((r) => r.nextOn).filter((d): d is string => !!d && d >= today).sort();
  const latest = s.evaluations.at(-1);
  const next = current.workshops.filter((w) => w.status === 'planned' && w.plannedAt).sort((a, b) => a.plannedAt!.localeCompare(b.plannedAt!))[0];
  return {
    smeId, processId: current.id, processTitle: current.title, scorecard, activities,
    learningActivities: s.activities.filter((a) => a.learning).length,
    overdue: s.activities.filter((a) => a.overdue),
    nextReview: planned[0] ?? null,
    lastReview: s.reviews[0]?.heldOn ?? null,
    latestEvaluation: latest ? { kind: latest.kind, takenOn: latest.takenOn, overall: latest.result.overall } : null,
    nextWorkshop: next ? { id: next.id, number: next.number, plannedAt: next.plannedAt! } : null,
    openHomework: current.workshops.reduce((sum, w) => sum + w.openHomework, 0),
  };
}
