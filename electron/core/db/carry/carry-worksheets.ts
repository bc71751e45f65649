import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { foldName, sharedRecordOf } from '../../../api/shared-records';
import type { SharedRecord } from '../../../api/shared-records';
import { PERSPECTIVES, STAKEHOLDER_GROUPS } from '../../../api/strategy';
import type { Cell, Row } from './carry-helpers';
import { findByName, isoDate, nextPosition, objectiveNamed, text } from './carry-helpers';
import { carryIndicator, carryLearningNeed } from './carry-plan-rows';

/** Records are filled in this order: the action plan names objectives, the learning needs name activities, indicators objectives. */
const ORDER: readonly SharedRecord[] = ['vision', 'stakeholders', 'objectives', 'activities', 'learning', 'indicators'];

/**
 * Carries what a process's worksheets hold for a shared field (stakeholder map, vision,
 * objectives, action plan, learning needs, indicators) into the strategy records, which are now
 * the one source. A row whose name a record already has fills only what that record leaves empty;
 * every other row becomes a record. The answers themselves stay stored as they were typed, so
 * nothing is lost. `only`: the records to carry (a migration carries those it makes shared, so a
 * record deleted since an earlier one is not brought back). Plain SQL: migrations 0140 and 0160
 * run it on databases whose repositories may have moved on since.
 */
export function carryWorksheetsIntoRecords(db: Database, processId: string, now = new Date(), only: readonly SharedRecord[] = ORDER): void {
  const answers = db
    .prepare(`SELECT a.worksheet_id, a.field_id, a.value FROM worksheet_answers a JOIN workshops w ON w.id = a.workshop_id
              WHERE w.process_id = ? ORDER BY w.number, a.worksheet_id, a.field_id`)
    .all(processId) as { worksheet_id: string; field_id: string; value: string }[];
  const shared = answers.flatMap((a) => {
    const record = sharedRecordOf(a.worksheet_id, a.field_id);
    return record && only.includes(record) ? [{ record, value: JSON.parse(a.value) as unknown }] : [];
  });
  if (shared.length === 0) return;
  const codes = objectiveCodes(answers);
  for (const record of ORDER) {
    for (const s of shared.filter((x) => x.record === record)) carry(db, processId, record, s.value, codes, now);
  }
}

function carry(db: Database, processId: string, record: SharedRecord, value: unknown, codes: Map<string, string>, now: Date): void {
  if (record === 'vision') return carryVision(db, processId, typeof value === 'string' ? value.trim() : '', now);
  const rows = (Array.isArray(value) ? (value as Row[]) : []).filter((r) => Object.values(r).some((v) => v !== null && String(v).trim() !== ''));
  const next = () => nextPosition(db, record, processId);
  const level = (v: Cell) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5 ? v : 3);
  for (const r of rows) {
    if (record === 'learning') carryLearningNeed(db, processId, r, codes);
    else if (record === 'indicators') carryIndicator(db, processId, r, codes);
    else if (record === 'stakeholders') {
      const name = text(r['name']);
      if (!name) continue;
      const same = findByName(db, 'stakeholders', 'name', processId, name);
      if (same) {
        db.prepare(`UPDATE stakeholders SET expectations = ? WHERE id = ? AND expectations = ''`).run(text(r['expectations']), same);
        continue;
      }
      const group = (STAKEHOLDER_GROUPS as readonly string[]).includes(text(r['group'])) ? text(r['group']) : 'other';
      db.prepare(`INSERT INTO stakeholders (id, process_id, position, grp, name, influence, impact, expectations, relationship) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(randomUUID(), processId, next(), group, name, level(r['influence']), level(r['impact']), text(r['expectations']), level(r['relationship']));
    } else if (record === 'objectives') {
      const title = text(r['objective']);
      if (!title) continue;
      const same = findByName(db, 'objectives', 'title', processId, title);
      if (same) {
        db.prepare(`UPDATE objectives SET description = ? WHERE id = ? AND description = ''`).run(text(r['why']), same);
        continue;
      }
      // A row without a perspective still becomes an objective; the facilitator sees it under the first one.
      const perspective = (PERSPECTIVES as readonly string[]).includes(text(r['perspective'])) ? text(r['perspective']) : PERSPECTIVES[0];
      db.prepare(`INSERT INTO objectives (id, process_id, position, perspective, title, description) VALUES (?, ?, ?, ?, ?, ?)`)
        .run(randomUUID(), processId, next(), perspective, title, text(r['why']));
    } else {
      const title = text(r['activity']);
      if (!title || findByName(db, 'activities', 'title', processId, title)) continue;
      const objectiveId = objectiveNamed(db, processId, text(r['objective']), codes);
      db.prepare(`INSERT INTO activities (id, process_id, position, objective_id, title, kind, owner, start_date, due_date, status, business_benefit, stakeholder_benefit, learning)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'planned', ?, ?, ?)`)
        .run(randomUUID(), processId, next(), objectiveId, title, text(r['kind']) === 'expanded' ? 'existing' : 'new', text(r['owner']).slice(0, 120),
          isoDate(r['start']), isoDate(r['due']), text(r['business-benefit']), text(r['stakeholder-benefit']), text(r['learning']) === 'yes' ? 1 : 0);
    }
  }
  touch(db, processId, now);
}

function carryVision(db: Database, processId: string, vision: string, now: Date): void {
  if (!vision) return;
  const row = db.prepare('SELECT vision FROM strategies WHERE process_id = ?').get(processId) as { vision: string } | undefined;
  if (!row) {
    db.prepare(`INSERT INTO strategies (process_id, vision, updated_at) VALUES (?, ?, ?)`).run(processId, vision, now.toISOString());
    return;
  }
  if (row.vision.includes(vision)) return;
  // Both were written: keep both, the strategy's first, for the facilitator to make one of them.
  db.prepare('UPDATE strategies SET vision = ?, updated_at = ? WHERE process_id = ?').run(row.vision.trim() ? `${row.vision.trim()}\n\n${vision}` : vision, now.toISOString(), processId);
}

function touch(db: Database, processId: string, now: Date): void {
  db.prepare(`INSERT INTO strategies (process_id, updated_at) VALUES (?, ?) ON CONFLICT (process_id) DO UPDATE SET updated_at = excluded.updated_at`).run(processId, now.toISOString());
}

/** Objective codes of the objectives worksheet ("S1") -> the objective's title, folded. */
function objectiveCodes(answers: { worksheet_id: string; field_id: string; value: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of answers.filter((x) => x.worksheet_id === 'ws3-objectives' && x.field_id === 'objectives')) {
    for (const r of JSON.parse(a.value) as Row[]) {
      if (r['code'] && r['objective']) out.set(foldName(String(r['code'])), String(r['objective']));
    }
  }
  return out;
}
