import { randomUUID } from 'node:crypto';
import { AppFailure } from '../../api/result';
import type { Contact, Sme, SmeData, SmePage, SmeQueryParsed, SmeSummary } from '../../api/smes';
import { sizeClassOf } from '../../api/smes';
import type { Db } from '../db/open';
import { fold } from '../../api/text';

interface SmeRow {
  id: string;
  name: string;
  country: string;
  city: string;
  sector: string | null;
  employees: number | null;
  founded: number | null;
  website: string;
  notes: string;
  legal_form: string;
  turnover: number | null;
  balance_sheet: number | null;
  archived: number;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
  contact_count?: number;
}

const SIZE_SQL: Record<string, string> = {
  micro: 'employees < 10',
  small: 'employees >= 10 AND employees < 50',
  medium: 'employees >= 50 AND employees < 250',
  large: 'employees >= 250',
};

const SORT_SQL: Record<string, string> = {
  name: 'name_folded',
  updated: 'updated_at',
  country: 'country',
  employees: 'employees',
};

/** The SME register: plain SQL over the smes and sme_contacts tables. */
export class SmeRepository {
  constructor(private readonly db: Db) {}

  list(query: SmeQueryParsed): SmePage {
    const where: string[] = [];
    const params: unknown[] = [];
    switch (query.view) {
      case 'active': where.push('deleted_at IS NULL AND archived = 0'); break;
      case 'archived': where.push('deleted_at IS NULL AND archived = 1'); break;
      case 'all': where.push('deleted_at IS NULL'); break;
      case 'trash': where.push('deleted_at IS NOT NULL'); break;
    }
    if (query.country) {
      where.push('country = ?');
      params.push(query.country);
    }
    if (query.size) where.push(SIZE_SQL[query.size]!);
    for (const word of fold(query.text).split(/\s+/).filter(Boolean)) {
      where.push('instr(search_folded, ?) > 0');
      params.push(word);
    }
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const direction = query.descending ? 'DESC' : 'ASC';
    const order = `${SORT_SQL[query.sort]} ${direction} NULLS LAST, name_folded ASC, id ASC`;
    const total = (this.db.prepare(`SELECT count(*) AS n FROM smes ${whereSql}`).get(...params) as { n: number }).n;
    const rows = this.db
      .prepare(
        `SELECT s.*, (SELECT count(*) FROM sme_contacts c WHERE c.sme_id = s.id) AS contact_count
         FROM smes s ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`,
      )
      .all(...params, query.limit, query.offset) as SmeRow[];
    return { items: rows.map(toSummary), total };
  }

  get(id: string): Sme {
    const row = this.db.prepare('SELECT * FROM smes WHERE id = ?').get(id) as SmeRow | undefined;
    if (!row) throw new AppFailure('not_found', `No SME with id ${id}`);
    const contacts = this.db
      .prepare('SELECT id, name, role, email, phone FROM sme_contacts WHERE sme_id = ? ORDER BY position')
      .all(id) as Contact[];
    return { ...toSummary(row), founded: row.founded, website: row.website, notes: row.notes, legalForm: row.legal_form, turnover: row.turnover, balanceSheet: row.balance_sheet, contacts } as Sme;
  }

  /** `id` is given only for the example, whose id marks it (see EXAMPLE_SME_ID). */
  create(data: SmeData, now = new Date(), id: string = randomUUID()): Sme {
    const stamp = now.toISOString();
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO smes (id, name, name_folded, country, city, sector, employees, founded, website,
             notes, legal_form, turnover, balance_sheet, search_folded, archived, deleted_at, created_at, updated_at)
           VALUES (@id, @name, @nameFolded, @country, @city, @sector, @employees, @founded, @website,
             @notes, @legalForm, @turnover, @balanceSheet, @search, 0, NULL, @stamp, @stamp)`,
        )
        .run({ ...columns(data), id, stamp });
      this.writeContacts(id, data.contacts);
    })();
    return this.get(id);
  }

  update(id: string, data: SmeData, now = new Date()): Sme {
    this.db.transaction(() => {
      const info = this.db
        .prepare(
          `UPDATE smes SET name = @name, name_folded = @nameFolded, country = @country, city = @city,
             sector = @sector, employees = @employees, founded = @founded, website = @website,
             notes = @notes, legal_form = @legalForm, turnover = @turnover, balance_sheet = @balanceSheet,
             search_folded = @search, updated_at = @stamp
           WHERE id = @id AND deleted_at IS NULL`,
        )
        .run({ ...columns(data), id, stamp: now.toISOString() });
      if (info.changes === 0) this.missingOrTrashed(id);
      this.writeContacts(id, data.contacts);
    })();
    return this.get(id);
  }

  setArchived(id: string, archived: boolean, now = new Date()): Sme {
    const info = this.db
      .prepare('UPDATE smes SET archived = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL')
      .run(archived ? 1 : 0, now.toISOString(), id);
    if (info.changes === 0) this.missingOrTrashed(id);
    return this.get(id);
  }

  trash(id: string, now = new Date()): Sme {
    const info = this.db
      .prepare('UPDATE smes SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL')
      .run(now.toISOString(), id);
    if (info.changes === 0) this.get(id); // throws not_found; already trashed is fine
    return this.get(id);
  }

  restore(id: string): Sme {
    this.db.prepare('UPDATE smes SET deleted_at = NULL WHERE id = ?').run(id);
    return this.get(id);
  }

  /** Deletes for good; only from the trash, so nothing is lost by one wrong click. */
  purge(id: string): { id: string } {
    const sme = this.get(id);
    if (!sme.deletedAt) throw new AppFailure('bad_request', `SME ${id} is not in the trash`);
    this.db.prepare('DELETE FROM smes WHERE id = ?').run(id);
    return { id };
  }

  private missingOrTrashed(id: string): never {
    const sme = this.get(id);
    throw new AppFailure('bad_request', `SME ${sme.id} is in the trash; restore it first`);
  }

  private writeContacts(smeId: string, contacts: SmeData['contacts']): void {
    // Keep a contact's id only if it already belongs to this SME (ids come from the renderer).
    const own = new Set(
      (this.db.prepare('SELECT id FROM sme_contacts WHERE sme_id = ?').all(smeId) as { id: string }[]).map((r) => r.id),
    );
    this.db.prepare('DELETE FROM sme_contacts WHERE sme_id = ?').run(smeId);
    const insert = this.db.prepare(
      `INSERT INTO sme_contacts (id, sme_id, position, name, role, email, phone)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    contacts.forEach((c, position) => {
      insert.run(c.id && own.has(c.id) ? c.id : randomUUID(), smeId, position, c.name, c.role, c.email, c.phone);
    });
  }
}

/** The columns search and sorting read, derived from what was typed (also for imported case files). */
export function foldedColumns(data: Pick<SmeData, 'name' | 'city'> & { contacts: readonly { name: string; email: string; role: string }[] }) {
  const searchable = [data.name, data.city, ...data.contacts.flatMap((c) => [c.name, c.email, c.role])];
  return { name_folded: fold(data.name), search_folded: fold(searchable.join('\n')) };
}

function columns(data: SmeData) {
  const folded = foldedColumns(data);
  return {
    name: data.name,
    nameFolded: folded.name_folded,
    country: data.country,
    city: data.city,
    sector: data.sector,
    employees: data.employees,
    founded: data.founded,
    website: data.website,
    notes: data.notes,
    legalForm: data.legalForm,
    turnover: data.turnover,
    balanceSheet: data.balanceSheet,
    search: folded.search_folded,
  };
}

function toSummary(row: SmeRow): SmeSummary {
  return {
    id: row.id,
    name: row.name,
    country: row.country,
    city: row.city,
    sector: row.sector,
    employees: row.employees,
    sizeClass: sizeClassOf(row.employees),
    archived: row.archived === 1,
    deletedAt: row.deleted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    contactCount: row.contact_count ?? 0,
  };
}
