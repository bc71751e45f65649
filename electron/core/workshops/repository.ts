import { randomUUID } from 'node:crypto';
import type {
  AgendaItem, AnswerValue, Homework, HomeworkInput, Participant, ParticipantInput,
  UpcomingWorkshop, WorkshopData, WorkshopRecord,
} from '../../api/workshops';
import { HomeworkInput as HomeworkSchema, ParticipantInput as ParticipantSchema } from '../../api/workshops';
import type { FieldIssue } from '../../api/result';
import { localMinute } from '../../api/local-time';
import { AppFailure } from '../../api/result';
import type { Structure } from '../library/load';
import type { Db } from '../db/open';
import { checkAnswer } from './answers';
import type { WorkshopRow } from '../processes/workshop-summary';
import { toSummary } from '../processes/workshop-summary';

const invalid = (message: string, issues: FieldIssue[]) => new AppFailure('validation', message, issues);

/** The six workshop records of a process: details, participants, homework, agenda and worksheet answers. */
export class WorkshopRepository {
  constructor(
    private readonly db: Db,
    private readonly structure: () => Structure,
  ) {}

  get(id: string): WorkshopRecord {
    const row = this.db.prepare('SELECT * FROM workshops WHERE id = ?').get(id) as WorkshopRow | undefined;
    if (!row) throw new AppFailure('not_found', `No workshop with id ${id}`);
    const participants = (this.db.prepare('SELECT * FROM workshop_participants WHERE workshop_id = ? ORDER BY position').all(id) as
      { id: string; contact_id: string | null; name: string; role: string; invited: number; attended: number }[]).map(
      (p): Participant => ({ id: p.id, contactId: p.contact_id, name: p.name, role: p.role, invited: p.invited === 1, attended: p.attended === 1 }),
    );
    const homework = (this.db.prepare('SELECT * FROM homework WHERE workshop_id = ? ORDER BY position').all(id) as
      { id: string; task: string; owner: string; due_date: string | null; done: number }[]).map(
      (h): Homework => ({ id: h.id, task: h.task, owner: h.owner, dueDate: h.due_date, done: h.done === 1 }),
    );
    const agenda = (this.db.prepare('SELECT * FROM workshop_agenda WHERE workshop_id = ? ORDER BY position').all(id) as
      { block_id: string | null; title: string; planned_minutes: number; actual_minutes: number | null }[]).map(
      (a): AgendaItem => ({ blockId: a.block_id, title: a.title, plannedMinutes: a.planned_minutes, actualMinutes: a.actual_minutes }),
    );
    const answers: WorkshopRecord['answers'] = {};
    for (const a of this.db.prepare('SELECT worksheet_id, field_id, value FROM worksheet_answers WHERE workshop_id = ?').all(id) as { worksheet_id: string; field_id: string; value: string }[]) {
      (answers[a.worksheet_id] ??= {})[a.field_id] = JSON.parse(a.value) as AnswerValue;
    }
    const { openHomework: _open, ...summary } = toSummary(row);
    return { ...summary, notes: row.notes, minutesNotes: row.minutes_notes, decisions: row.decisions, participants, homework, agenda, answers };
  }

  update(id: string, data: WorkshopData, now = new Date()): WorkshopRecord {
    const { startDate } = this.processOf(id);
    const issues: FieldIssue[] = [];
    if (data.plannedAt && data.plannedAt.slice(0, 10) < startDate) issues.push({ path: 'plannedAt', code: 'before_process_start', params: { date: startDate } });
    if (data.status === 'held' && !data.plannedAt) issues.push({ path: 'plannedAt', code: 'held_needs_date' });
    if (data.status === 'held' && data.plannedAt && data.plannedAt > localMinute(now)) issues.push({ path: 'status', code: 'held_in_future' });
    if (issues.length) throw invalid('Workshop data not valid', issues);
    this.db
      .prepare(`UPDATE workshops SET planned_at = ?, place = ?, status = ?, duration_minutes = ?, notes = ?, minutes_notes = COALESCE(?, minutes_notes), decisions = ?, updated_at = ? WHERE id = ?`)
      .run(data.plannedAt, data.place, data.status, data.durationMinutes, data.notes, data.minutesNotes ?? null, data.decisions, now.toISOString(), id);
    return this.get(id);
  }

  setParticipants(id: string, input: ParticipantInput[]): WorkshopRecord {
    const { smeId } = this.processOf(id);
    const participants = input.map((p) => ParticipantSchema.parse(p));
    const contacts = new Set((this.db.prepare('SELECT id FROM sme_contacts WHERE sme_id = ?').all(smeId) as { id: string }[]).map((c) => c.id));
    const issues: FieldIssue[] = [];
    participants.forEach((p, i) => {
      if (p.contactId && !contacts.has(p.contactId)) issues.push({ path: `participants.${i}.contactId`, code: 'unknown_contact' });
      // Attendance is recorded for people who were invited, or who came ad hoc (no contact).
      if (p.attended && !p.invited && p.contactId) issues.push({ path: `participants.${i}.attended`, code: 'attended_not_invited' });
    });
    if (issues.length) throw invalid('Participants not valid', issues);
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM workshop_participants WHERE workshop_id = ?').run(id);
      const insert = this.db.prepare('INSERT INTO workshop_participants (id, workshop_id, position, contact_id, name, role, invited, attended) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
      participants.forEach((p, i) => insert.run(randomUUID(), id, i, p.contactId, p.name, p.role, p.invited ? 1 : 0, p.attended ? 1 : 0));
    })();
    return this.get(id);
  }

  setHomework(id: string, input: HomeworkInput[]): WorkshopRecord {
    this.processOf(id);
    const items = input.map((h) => HomeworkSchema.parse(h));
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM homework WHERE workshop_id = ?').run(id);
      const insert = this.db.prepare('INSERT INTO homework (id, workshop_id, position, task, owner, due_date, done) VALUES (?, ?, ?, ?, ?, ?, ?)');
      items.forEach((h, i) => insert.run(randomUUID(), id, i, h.task, h.owner, h.dueDate, h.done ? 1 : 0));
    })();
    return this.get(id);
  }

  /** The agenda as adapted (reordered, shortened, blocks added) and the minutes actually used. */
  setAgenda(id: string, items: AgendaItem[]): WorkshopRecord {
    const row = this.db.prepare('SELECT number FROM workshops WHERE id = ?').get(id) as { number: number } | undefined;
    if (!row) throw new AppFailure('not_found', `No workshop with id ${id}`);
    const blocks = new Set(this.structure().workshops.find((w) => w.number === row.number)!.blocks.map((b) => b.id));
    const issues: FieldIssue[] = [];
    items.forEach((item, i) => {
      if (item.blockId && !blocks.has(item.blockId)) issues.push({ path: `items.${i}.blockId`, code: 'unknown_block' });
    });
    if (issues.length) throw invalid('Agenda not valid', issues);
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM workshop_agenda WHERE workshop_id = ?').run(id);
      const insert = this.db.prepare('INSERT INTO workshop_agenda (workshop_id, position, block_id, title, planned_minutes, actual_minutes) VALUES (?, ?, ?, ?, ?, ?)');
      items.forEach((item, i) => insert.run(id, i, item.blockId, item.title, item.plannedMinutes, item.actualMinutes));
    })();
    return this.get(id);
  }

  /** Saves one field of a worksheet at once (every keystroke of the live workshop mode). */
  saveAnswer(workshopId: string, worksheetId: string, fieldId: string, value: AnswerValue, now = new Date()): { updatedAt: string } {
    const row = this.db.prepare('SELECT number FROM workshops WHERE id = ?').get(workshopId) as { number: number } | undefined;
    if (!row) throw new AppFailure('not_found', `No workshop with id ${workshopId}`);
    const s = this.structure();
    const workshop = s.workshops.find((w) => w.number === row.number)!;
    if (!workshop.worksheets.includes(worksheetId)) throw invalid('Worksheet not used in this workshop', [{ path: 'worksheetId', code: 'unknown_worksheet' }]);
    const field = s.worksheets.find((w) => w.id === worksheetId)!.fields.find((f) => f.id === fieldId);
    const issue = checkAnswer(field, value);
    if (issue) throw invalid('Answer not valid', [issue]);
    const stamp = now.toISOString();
    this.db
      .prepare(`INSERT INTO worksheet_answers (workshop_id, worksheet_id, field_id, value, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (workshop_id, worksheet_id, field_id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`)
      .run(workshopId, worksheetId, fieldId, JSON.stringify(value), stamp);
    return { updatedAt: stamp };
  }

  /** Planned workshops from `from` (inclusive) to `to` (exclusive), across all live SMEs. */
  upcoming(from: string, to: string): UpcomingWorkshop[] {
    return (this.db
      .prepare(`SELECT w.id AS workshop_id, w.number, w.planned_at, w.place, p.id AS process_id, p.title, s.id AS sme_id, s.name
                FROM workshops w JOIN processes p ON p.id = w.process_id JOIN smes s ON s.id = p.sme_id
                WHERE w.status = 'planned' AND w.planned_at >= ? AND w.planned_at < ? AND s.deleted_at IS NULL
                ORDER BY w.planned_at`)
      .all(from, to) as { workshop_id: string; number: number; planned_at: string; place: string; process_id: string; title: string; sme_id: string; name: string }[]).map(
      (r) => ({ workshopId: r.workshop_id, number: r.number, plannedAt: r.planned_at, place: r.place, processId: r.process_id, processTitle: r.title, smeId: r.sme_id, smeName: r.name }),
    );
  }

  private processOf(workshopId: string): { startDate: string; smeId: string } {
    const row = this.db
      .prepare('SELECT p.start_date, p.sme_id FROM workshops w JOIN processes p ON p.id = w.process_id WHERE w.id = ?')
      .get(workshopId) as { start_date: string; sme_id: string } | undefined;
    if (!row) throw new AppFailure('not_found', `No workshop with id ${workshopId}`);
    return { startDate: row.start_date, smeId: row.sme_id };
  }
}


