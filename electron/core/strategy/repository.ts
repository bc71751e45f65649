import { randomUUID } from 'node:crypto';
import { isAfterToday } from '../../api/dates';
import { localDay } from '../../api/local-time';
import { AppFailure } from '../../api/result';
import { indicatorStatus } from '../../api/scoring';
import type {
  Activity, ActivityInput, EvaluationInput, Indicator, IndicatorInput, Measurement, MeasurementInput,
  Objective, ObjectiveInput, Review, ReviewInput, Stakeholder, StakeholderInput, StrategyInput, StrategyRecord,
} from '../../api/strategy';
import type { z } from 'zod';
import type { Structure } from '../library/load';
import type { Db } from '../db/open';
import { EvaluationStore } from './evaluations';
import { carryWorksheetsIntoRecords } from '../db/carry/carry-worksheets';

type Data<T extends z.ZodType> = z.output<T>;

/** The tables of the process's records that `save`/`remove` work on, with their columns. */
const TABLES = {
  stakeholders: { cols: ['grp', 'name', 'influence', 'impact', 'expectations', 'relationship'] },
  objectives: { cols: ['perspective', 'title', 'description'] },
  activities: {
    cols: ['objective_id', 'title', 'kind', 'owner', 'start_date', 'due_date', 'status', 'cost', 'business_benefit', 'stakeholder_benefit', 'learning', 'learners', 'learning_what', 'learning_how'],
  },
  indicators: { cols: ['objective_id', 'name', 'unit', 'direction', 'keep', 'baseline', 'baseline_date', 'target', 'target_high', 'target_date'] },
  reviews: { cols: ['held_on', 'findings', 'decisions', 'next_on'] },
} as const;
export type Table = keyof typeof TABLES;

const notFound = (what: string, id: string) => new AppFailure('not_found', `No ${what} with id ${id}`);
const invalid = (path: string, code: string) => new AppFailure('validation', `${path}: ${code}`, [{ path, code }]);

/**
 * The strategy part of the case file. Every change returns the whole strategy of the process,
 * small enough to send at once and simple for the screens to keep in step.
 */
export class StrategyRepository {
  /** The self-evaluations, with their editions and participants. */
  readonly evaluations: EvaluationStore;

  constructor(
    private readonly db: Db,
    structure: () => Structure,
  ) {
    this.evaluations = new EvaluationStore(db, () => structure().selfEvaluation);
  }

  /** What the process's worksheets hold for shared fields, carried into the records (see carry-worksheets). */
  carryWorksheets(processId: string, now = new Date()): StrategyRecord {
    carryWorksheetsIntoRecords(this.db, processId, now);
    return this.get(processId, now);
  }

  get(processId: string, now = new Date()): StrategyRecord {
    const process = this.db.prepare('SELECT id, sme_id FROM processes WHERE id = ?').get(processId) as { id: string; sme_id: string } | undefined;
    if (!process) throw notFound('process', processId);
    const today = localDay(now);
    const strategy = this.db.prepare('SELECT * FROM strategies WHERE process_id = ?').get(processId) as
      { vision: string; review_routine: string; updated_at: string } | undefined;
    const evaluations = this.evaluations.list(processId);

    const stakeholders = (this.db.prepare('SELECT * FROM stakeholders WHERE process_id = ? AND deleted_at IS NULL ORDER BY position').all(processId) as
      { id: string; grp: Stakeholder['group']; name: string; influence: number; impact: number; expectations: string; relationship: number }[]).map(
      (s): Stakeholder => ({ id: s.id, group: s.grp, name: s.name, influence: s.influence, impact: s.impact, expectations: s.expectations, relationship: s.relationship }),
    );

    const links = this.db
      .prepare(`SELECT l.* FROM objective_links l JOIN objectives o ON o.id = l.cause_id JOIN objectives e ON e.id = l.effect_id
                WHERE o.process_id = ? AND o.deleted_at IS NULL AND e.deleted_at IS NULL`)
      .all(processId) as { cause_id: string; effect_id: string }[];
    const objectives = (this.db.prepare('SELECT * FROM objectives WHERE process_id = ? AND deleted_at IS NULL ORDER BY position').all(processId) as
      { id: string; perspective: Objective['perspective']; title: string; description: string }[]).map(
      (o): Objective => ({ id: o.id, perspective: o.perspective, title: o.title, description: o.description, leadsTo: links.filter((l) => l.cause_id === o.id).map((l) => l.effect_id) }),
    );

    const activities = (this.db.prepare(`SELECT a.*, o.deleted_at AS objective_deleted_at FROM activities a LEFT JOIN objectives o ON o.id = a.objective_id
                     WHERE a.process_id = ? AND a.deleted_at IS NULL ORDER BY a.position`).all(processId) as (ActivityRow & { objective_deleted_at: string | null })[])
      // An activity of a deleted objective shows none, as after a hard delete; the reference stays for an undo.
      .map((a) => toActivity(a.objective_deleted_at ? { ...a, objective_id: null } : a, today));

    const measurementRows = this.db
      .prepare('SELECT m.* FROM measurements m JOIN indicators i ON i.id = m.indicator_id WHERE i.process_id = ? AND m.deleted_at IS NULL ORDER BY m.measured_on, m.rowid')
      .all(processId) as { id: string; indicator_id: string; measured_on: string; value: number; note: string }[];
    const indicators = (this.db.prepare(`SELECT i.* FROM indicators i JOIN objectives o ON o.id = i.objective_id
                                           WHERE i.process_id = ? AND i.deleted_at IS NULL AND o.deleted_at IS NULL ORDER BY i.position`).all(processId) as IndicatorRow[]).map((i): Indicator => {
      const measurements = measurementRows
        .filter((m) => m.indicator_id === i.id)
        .map((m): Measurement => ({ id: m.id, measuredOn: m.measured_on, value: m.value, note: m.note }));
      const indicator = {
        id: i.id, objectiveId: i.objective_id, name: i.name, unit: i.unit, direction: i.direction, keep: i.keep, baseline: i.baseline,
        baselineDate: i.baseline_date, target: i.target, targetHigh: i.target_high, targetDate: i.target_date,
      };
      return { ...indicator, measurements, status: indicatorStatus(indicator, measurements, today) };
    });

    const reviews = (this.db.prepare('SELECT * FROM reviews WHERE process_id = ? AND deleted_at IS NULL ORDER BY held_on DESC, rowid DESC').all(processId) as
      { id: string; held_on: string; findings: string; decisions: string; next_on: string | null }[]).map(
      (r): Review => ({ id: r.id, heldOn: r.held_on, findings: r.findings, decisions: r.decisions, nextOn: r.next_on }),
    );

    return {
      processId, smeId: process.sme_id, vision: strategy?.vision ?? '', reviewRoutine: strategy?.review_routine ?? '',
      evaluations, stakeholders, objectives, activities, indicators, reviews, updatedAt: strategy?.updated_at ?? '',
    };
  }

  update(processId: string, data: Data<typeof StrategyInput>, now = new Date()): StrategyRecord {
    this.process(processId);
    this.writeStrategy(processId, data, now);
    return this.get(processId, now);
  }

  // Self-evaluations ---------------------------------------------------------------------------

  createEvaluation(processId: string, data: Data<typeof EvaluationInput>, now = new Date()): StrategyRecord {
    this.process(processId);
    this.evaluations.create(processId, data, now);
    return this.get(processId, now);
  }

  updateEvaluation(id: string, data: Data<typeof EvaluationInput>, now = new Date()): StrategyRecord {
    const processId = this.owner('self_evaluations', id, 'self-evaluation');
    this.db.prepare('UPDATE self_evaluations SET kind = ?, taken_on = ?, note = ?, updated_at = ? WHERE id = ?').run(data.kind, data.takenOn, data.note, now.toISOString(), id);
    return this.get(processId, now);
  }

  /** One statement's agreed score (null clears it): saved at once, as the owner answers. */
  setScore(id: string, itemId: string, score: number | null, now = new Date()): { updatedAt: string } {
    return this.evaluations.setScore(id, itemId, score, now);
  }

  deleteEvaluation(id: string, now = new Date()): StrategyRecord {
    const processId = this.owner('self_evaluations', id, 'self-evaluation');
    this.db.prepare('DELETE FROM self_evaluations WHERE id = ?').run(id);
    return this.get(processId, now);
  }

  // Stakeholders, objectives, activities, indicators, reviews -----------------------------------

  saveStakeholder(processId: string, id: string | undefined, d: Data<typeof StakeholderInput>, now = new Date()): StrategyRecord {
    this.save('stakeholders', processId, id, [d.group, d.name, d.influence, d.impact, d.expectations, d.relationship]);
    return this.get(processId, now);
  }

  saveObjective(processId: string, id: string | undefined, d: Data<typeof ObjectiveInput>, now = new Date()): StrategyRecord {
    this.db.transaction(() => {
      const saved = this.save('objectives', processId, id, [d.perspective, d.title, d.description]);
      const own = new Set((this.db.prepare('SELECT id FROM objectives WHERE process_id = ? AND deleted_at IS NULL').all(processId) as { id: string }[]).map((o) => o.id));
      d.leadsTo.forEach((effect, i) => {
        if (!own.has(effect)) throw invalid(`leadsTo.${i}`, 'unknown_objective');
        if (effect === saved) throw invalid(`leadsTo.${i}`, 'self_link');
      });
      // A link to a deleted objective is not on screen, so not in `leadsTo`: it stays, for an undo of that delete.
      this.db.prepare('DELETE FROM objective_links WHERE cause_id = ? AND effect_id NOT IN (SELECT id FROM objectives WHERE deleted_at IS NOT NULL)').run(saved);
      const insert = this.db.prepare('INSERT OR IGNORE INTO objective_links (cause_id, effect_id) VALUES (?, ?)');
      for (const effect of d.leadsTo) insert.run(saved, effect);
    })();
    return this.get(processId, now);
  }

  saveActivity(processId: string, id: string | undefined, d: Data<typeof ActivityInput>, now = new Date()): StrategyRecord {
    this.objectiveOf(processId, d.objectiveId, 'objectiveId');
    this.save('activities', processId, id, [
      d.objectiveId, d.title, d.kind, d.owner, d.startDate, d.dueDate, d.status, d.cost, d.businessBenefit, d.stakeholderBenefit,
      d.learning ? 1 : 0, d.learning ? d.learners : '', d.learning ? d.learningWhat : '', d.learning ? d.learningHow : null,
    ]);
    return this.get(processId, now);
  }

  saveIndicator(processId: string, id: string | undefined, d: Data<typeof IndicatorInput>, now = new Date()): StrategyRecord {
    this.objectiveOf(processId, d.objectiveId, 'objectiveId');
    // A kept indicator may start on either side of its level; one to move must not start past its target.
    if (d.direction === 'up' && d.target < d.baseline) throw invalid('target', 'target_below_baseline');
    if (d.direction === 'down' && d.target > d.baseline) throw invalid('target', 'target_above_baseline');
    this.save('indicators', processId, id, [d.objectiveId, d.name, d.unit, d.direction, d.keep, d.baseline, d.baselineDate, d.target, d.targetHigh, d.targetDate]);
    return this.get(processId, now);
  }

  saveReview(processId: string, id: string | undefined, d: Data<typeof ReviewInput>, now = new Date()): StrategyRecord {
    if (d.nextOn && d.nextOn <= d.heldOn) throw invalid('nextOn', 'next_before_held');
    this.save('reviews', processId, id, [d.heldOn, d.findings, d.decisions, d.nextOn]);
    return this.get(processId, now);
  }

  /**
   * Deletes a record so that it can be brought back (see restore): it is marked deleted and left
   * out of everything. An objective takes its indicators with it, marked with the same moment,
   * as the hard delete took them by cascade; its links and the activities' references stay.
   */
  remove(table: Table, id: string, now = new Date()): StrategyRecord {
    const processId = this.owner(table, id, nameOf(table));
    const stamp = now.toISOString();
    this.db.transaction(() => {
      this.db.prepare(`UPDATE ${table} SET deleted_at = ? WHERE id = ?`).run(stamp, id);
      if (table === 'objectives') this.db.prepare('UPDATE indicators SET deleted_at = ? WHERE objective_id = ? AND deleted_at IS NULL').run(stamp, id);
    })();
    return this.get(processId, now);
  }

  /** Undoes `remove`: the record comes back as it was, an objective with the indicators deleted with it. */
  restore(table: Table, id: string, now = new Date()): StrategyRecord {
    const row = this.db.prepare(`SELECT process_id, deleted_at FROM ${table} WHERE id = ? AND deleted_at IS NOT NULL`).get(id) as { process_id: string; deleted_at: string } | undefined;
    if (!row) throw notFound(`deleted ${nameOf(table)}`, id);
    this.db.transaction(() => {
      this.db.prepare(`UPDATE ${table} SET deleted_at = NULL WHERE id = ?`).run(id);
      if (table === 'objectives') this.db.prepare('UPDATE indicators SET deleted_at = NULL WHERE objective_id = ? AND deleted_at = ?').run(id, row.deleted_at);
    })();
    return this.get(row.process_id, now);
  }

  // Measurements --------------------------------------------------------------------------------

  saveMeasurement(indicatorId: string, id: string | undefined, d: Data<typeof MeasurementInput>, now = new Date()): StrategyRecord {
    const processId = this.owner('indicators', indicatorId, 'indicator');
    if (isAfterToday(d.measuredOn, localDay(now))) throw invalid('measuredOn', 'measured_in_future');
    if (id) {
      const r = this.db.prepare('UPDATE measurements SET measured_on = ?, value = ?, note = ? WHERE id = ? AND indicator_id = ? AND deleted_at IS NULL').run(d.measuredOn, d.value, d.note, id, indicatorId);
      if (r.changes === 0) throw notFound('measurement', id);
    } else {
      this.db.prepare('INSERT INTO measurements (id, indicator_id, measured_on, value, note) VALUES (?, ?, ?, ?, ?)').run(randomUUID(), indicatorId, d.measuredOn, d.value, d.note);
    }
    return this.get(processId, now);
  }

  deleteMeasurement(id: string, now = new Date()): StrategyRecord {
    const processId = this.measurementOwner(id, false);
    this.db.prepare('UPDATE measurements SET deleted_at = ? WHERE id = ?').run(now.toISOString(), id);
    return this.get(processId, now);
  }

  restoreMeasurement(id: string, now = new Date()): StrategyRecord {
    const processId = this.measurementOwner(id, true);
    this.db.prepare('UPDATE measurements SET deleted_at = NULL WHERE id = ?').run(id);
    return this.get(processId, now);
  }

  private measurementOwner(id: string, deleted: boolean): string {
    const row = this.db.prepare(`SELECT i.process_id FROM measurements m JOIN indicators i ON i.id = m.indicator_id
                                 WHERE m.id = ? AND m.deleted_at IS ${deleted ? 'NOT NULL' : 'NULL'} AND i.deleted_at IS NULL`).get(id) as { process_id: string } | undefined;
    if (!row) throw notFound(deleted ? 'deleted measurement' : 'measurement', id);
    return row.process_id;
  }

  // Helpers -------------------------------------------------------------------------------------

  private process(id: string) {
    if (!this.db.prepare('SELECT 1 FROM processes WHERE id = ?').get(id)) throw notFound('process', id);
  }

  /** Writes the vision and review routine (also used by the next cycle). */
  writeStrategy(processId: string, data: Data<typeof StrategyInput>, now: Date) {
    this.db
      .prepare(`INSERT INTO strategies (process_id, vision, review_routine, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (process_id) DO UPDATE SET vision = excluded.vision, review_routine = excluded.review_routine, updated_at = excluded.updated_at`)
      .run(processId, data.vision, data.reviewRoutine, now.toISOString());
  }

  /** The process a row in use belongs to (a deleted one is not found). */
  private owner(table: Table | 'self_evaluations', id: string, what: string): string {
    const row = this.db.prepare(`SELECT process_id FROM ${table} WHERE id = ?${table === 'self_evaluations' ? '' : ' AND deleted_at IS NULL'}`).get(id) as { process_id: string } | undefined;
    if (!row) throw notFound(what, id);
    return row.process_id;
  }

  private objectiveOf(processId: string, objectiveId: string | null, path: string) {
    if (objectiveId === null) return;
    const row = this.db.prepare('SELECT process_id FROM objectives WHERE id = ? AND deleted_at IS NULL').get(objectiveId) as { process_id: string } | undefined;
    if (!row || row.process_id !== processId) throw invalid(path, 'unknown_objective');
  }

  /** Inserts a row at the end of the process's list, or updates the process's row `id`. */
  save(table: Table, processId: string, id: string | undefined, values: unknown[]): string {
    const cols = TABLES[table].cols;
    if (id) {
      const r = this.db.prepare(`UPDATE ${table} SET ${cols.map((c) => `${c} = ?`).join(', ')} WHERE id = ? AND process_id = ? AND deleted_at IS NULL`).run(...values, id, processId);
      if (r.changes === 0) throw notFound(nameOf(table), id);
      return id;
    }
    this.process(processId);
    const newId = randomUUID();
    // Reviews have no position (they are listed by date), so the next position is only asked of the other tables.
    const hasPosition = table !== 'reviews';
    const position = hasPosition ? ((this.db.prepare(`SELECT coalesce(max(position), -1) + 1 AS n FROM ${table} WHERE process_id = ?`).get(processId) as { n: number } | undefined)?.n ?? 0) : 0;
    const names = ['id', 'process_id', ...(hasPosition ? ['position'] : []), ...cols];
    this.db.prepare(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(newId, processId, ...(hasPosition ? [position] : []), ...values);
    return newId;
  }
}

/** "stakeholders" -> "stakeholder", "activities" -> "activity", for messages. */
const nameOf = (table: Table) => table.replace(/s$/, '').replace(/ie$/, 'y');

interface ActivityRow {
  id: string; objective_id: string | null; title: string; kind: Activity['kind']; owner: string; start_date: string | null; due_date: string | null;
  status: Activity['status']; cost: number | null; business_benefit: string; stakeholder_benefit: string; learning: number; learners: string;
  learning_what: string; learning_how: Activity['learningHow'];
}
interface IndicatorRow {
  id: string; objective_id: string; name: string; unit: string; direction: Indicator['direction']; keep: Indicator['keep']; baseline: number; baseline_date: string | null;
  target: number; target_high: number | null; target_date: string | null;
}

function toActivity(a: ActivityRow, today: string): Activity {
  return {
    id: a.id, objectiveId: a.objective_id, title: a.title, kind: a.kind, owner: a.owner, startDate: a.start_date, dueDate: a.due_date,
    status: a.status, cost: a.cost, businessBenefit: a.business_benefit, stakeholderBenefit: a.stakeholder_benefit, learning: a.learning === 1,
    learners: a.learners, learningWhat: a.learning_what, learningHow: a.learning_how,
    overdue: a.status !== 'done' && a.status !== 'dropped' && a.due_date !== null && a.due_date < today,
  };
}
