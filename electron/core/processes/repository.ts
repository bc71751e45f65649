import { randomUUID } from 'node:crypto';
import { localDay } from '../../api/local-time';
import type { ProcessData, ProcessRecord } from '../../api/processes';
import type { FieldIssue } from '../../api/result';
import { AppFailure } from '../../api/result';
import type { Db } from '../db/open';
import type { WorkshopRow } from './workshop-summary';
import { toSummary } from './workshop-summary';

interface ProcessRow { id: string; sme_id: string; title: string; language: ProcessRecord['language']; facilitator: string; start_date: string; status: ProcessRecord['status']; created_at: string; updated_at: string }

const invalid = (message: string, issues: FieldIssue[]) => new AppFailure('validation', message, issues);


/** Processes of the 6x3 cycle and their six workshop records. */
export class ProcessRepository {
  constructor(
    private readonly db: Db,
  ) {}

  create(data: ProcessData, now = new Date()): ProcessRecord {
    const sme = this.db.prepare('SELECT deleted_at FROM smes WHERE id = ?').get(data.smeId) as { deleted_at: string | null } | undefined;
    if (!sme) throw new AppFailure('not_found', `No SME with id ${data.smeId}`);
    if (sme.deleted_at) throw new AppFailure('bad_request', 'The SME is in the trash');
    const id = randomUUID();
    const stamp = now.toISOString();
    this.db.transaction(() => {
      this.db
        .prepare(`INSERT INTO processes (id, sme_id, title, language, facilitator, start_date, status, created_at, updated_at)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(id, data.smeId, data.title, data.language, data.facilitator, data.startDate, data.status, stamp, stamp);
      const insert = this.db.prepare('INSERT INTO workshops (id, process_id, number, updated_at) VALUES (?, ?, ?, ?)');
      for (let n = 1; n <= 6; n++) insert.run(randomUUID(), id, n, stamp);
    })();
    return this.get(id);
  }

  update(id: string, data: Omit<ProcessData, 'smeId'>, now = new Date()): ProcessRecord {
    const current = this.get(id);
    const early = current.workshops.find((w) => w.plannedAt && w.plannedAt.slice(0, 10) < data.startDate);
    if (early) throw invalid('A workshop is planned before the new start date', [{ path: 'startDate', code: 'after_workshop', params: { number: early.number } }]);
    this.db
      .prepare('UPDATE processes SET title = ?, language = ?, facilitator = ?, start_date = ?, status = ?, updated_at = ? WHERE id = ?')
      .run(data.title, data.language, data.facilitator, data.startDate, data.status, now.toISOString(), id);
    return this.get(id);
  }

  get(id: string, now = new Date()): ProcessRecord {
    const row = this.db.prepare('SELECT * FROM processes WHERE id = ?').get(id) as ProcessRow | undefined;
    if (!row) throw new AppFailure('not_found', `No process with id ${id}`);
    const workshops = this.db
      .prepare(`SELECT w.*, (SELECT count(*) FROM homework h WHERE h.workshop_id = w.id AND h.done = 0) AS open_homework,
                  (SELECT count(*) FROM homework h WHERE h.workshop_id = w.id AND h.done = 0 AND h.due_date < ?) AS overdue_homework
                FROM workshops w WHERE w.process_id = ? ORDER BY w.number`)
      .all(localDay(now), id) as WorkshopRow[];
    return {
      id: row.id, smeId: row.sme_id, title: row.title, language: row.language, facilitator: row.facilitator,
      startDate: row.start_date, status: row.status, createdAt: row.created_at, updatedAt: row.updated_at,
      workshops: workshops.map(toSummary),
    };
  }

  listForSme(smeId: string): ProcessRecord[] {
    const ids = this.db.prepare('SELECT id FROM processes WHERE sme_id = ? ORDER BY start_date DESC, created_at DESC').all(smeId) as { id: string }[];
    return ids.map(({ id }) => this.get(id));
  }
}
