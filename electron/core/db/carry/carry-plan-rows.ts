import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { foldName } from '../../../api/shared-records';
import LEARNING_WAYS from '../../../../content/structure/learning-ways.json';
import type { Row } from './carry-helpers';
import { findByName, isoDate, nextPosition, objectiveNamed, text } from './carry-helpers';

const METHOD_OF_WAY = new Map<string, string>(LEARNING_WAYS.ways.map((w) => [w.id, w.stored]));

/**
 * A learning need of workshop 4 as a learning activity of the action plan. A need whose "what"
 * an activity already has (as its title or as what is learned) marks that activity as learning and
 * fills only what it leaves empty; every other need becomes a new, planned learning activity.
 * The "why" names its objective where it names one and is kept as the benefit for the business.
 */
export function carryLearningNeed(db: Database, processId: string, r: Row, codes: Map<string, string>): void {
  const who = text(r['who']).slice(0, 500);
  const what = text(r['what']);
  const title = (what || who).slice(0, 200);
  if (!title) return;
  const why = text(r['why']).slice(0, 2_000);
  const how = METHOD_OF_WAY.get(text(r['how'])) ?? null;
  const activities = db.prepare('SELECT id, title, learning_what FROM activities WHERE process_id = ? ORDER BY position').all(processId) as
    { id: string; title: string; learning_what: string }[];
  const same = activities.find((a) => foldName(a.title) === foldName(title) || (what !== '' && foldName(a.learning_what) === foldName(what)));
  if (same) {
    db.prepare(`UPDATE activities SET learning = 1,
                  learners = CASE WHEN learners = '' THEN ? ELSE learners END,
                  learning_what = CASE WHEN learning_what = '' THEN ? ELSE learning_what END,
                  learning_how = coalesce(learning_how, ?)
                WHERE id = ?`).run(who, what.slice(0, 2_000), how, same.id);
    return;
  }
  db.prepare(`INSERT INTO activities (id, process_id, position, objective_id, title, kind, owner, status, business_benefit, learning, learners, learning_what, learning_how)
              VALUES (?, ?, ?, ?, ?, 'new', '', 'planned', ?, 1, ?, ?, ?)`)
    .run(randomUUID(), processId, nextPosition(db, 'activities', processId), objectiveNamed(db, processId, why, codes), title, why, who, what.slice(0, 2_000), how);
}

const DIRECTION: Record<string, 'up' | 'down' | 'keep'> = { increase: 'up', decrease: 'down', keep: 'keep' };

/** A number as the worksheet stored it (a number, or text written the plain way). */
function amount(v: Row[string]): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const t = text(v);
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/**
 * An indicator of workshop 5's worksheet as an indicator record. One whose name a record already
 * has fills only what that record leaves empty. A record needs its objective, a baseline and a
 * target: a row without one of them is not carried (it stays on the worksheet, which lists it for
 * the facilitator to add), since inventing a number or an objective would change what was typed.
 * A kept level is held "at least" at the target until the facilitator says otherwise.
 */
export function carryIndicator(db: Database, processId: string, r: Row, codes: Map<string, string>): void {
  const name = text(r['indicator']).slice(0, 200);
  if (!name) return;
  const unit = text(r['unit']).slice(0, 40);
  const targetDate = isoDate(r['target-date']);
  const same = findByName(db, 'indicators', 'name', processId, name);
  if (same) {
    // A target date is taken only where it keeps the one date rule (not before the baseline's date).
    db.prepare(`UPDATE indicators SET unit = CASE WHEN unit = '' THEN ? ELSE unit END,
                  target_date = CASE WHEN target_date IS NULL AND (baseline_date IS NULL OR baseline_date <= ?) THEN ? ELSE target_date END
                WHERE id = ?`).run(unit, targetDate, targetDate, same);
    return;
  }
  const objectiveId = objectiveNamed(db, processId, text(r['objective']), codes);
  const baseline = amount(r['baseline']);
  const target = amount(r['target']);
  if (!objectiveId || baseline === null || target === null) return;
  const direction = DIRECTION[text(r['direction'])] ?? (target > baseline ? 'up' : target < baseline ? 'down' : 'keep');
  db.prepare(`INSERT INTO indicators (id, process_id, position, objective_id, name, unit, direction, keep, baseline, target, target_date)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(randomUUID(), processId, nextPosition(db, 'indicators', processId), objectiveId, name, unit, direction, direction === 'keep' ? 'at_least' : null, baseline, target, targetDate);
}
