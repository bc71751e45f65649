import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { tempDir } from '../../helpers/tmp';
import { SME_WITH_PROCESS, databaseBefore } from '../../helpers/old-database';

const plan = (db: Database.Database, sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');

describe('migrations', () => {
  it('are numbered in tens and strictly ascending', () => {
    MIGRATIONS.forEach((m, i) => {
      expect(m.version % 10).toBe(0);
      if (i > 0) expect(m.version).toBeGreaterThan(MIGRATIONS[i - 1]!.version);
    });
  });

  it('bring a new database to the latest version with WAL and foreign keys on', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    db.close();
  });

  it('0010 smes: the list sorted by name and the contacts of an SME use their indexes', () => {
    const db = openDatabase(':memory:', { migrations: MIGRATIONS.filter((m) => m.version <= 10) });
    const live = "FROM smes WHERE deleted_at IS NULL AND archived = 0 AND instr(search_folded, 'x') > 0";
    const listPlan = plan(db, `SELECT * ${live} ORDER BY name_folded LIMIT 100`);
    expect(listPlan).toContain('smes_by_name');
    expect(listPlan).not.toContain('TEMP B-TREE'); // no sort: rows come in name order
    expect(plan(db, `SELECT count(*) ${live}`)).toContain('COVERING INDEX smes_by_name');
    expect(plan(db, "SELECT * FROM sme_contacts WHERE sme_id = 'x' ORDER BY position")).toContain('sme_contacts_by_sme');
    db.close();
  });

  it('0020 processes: workshops of a process and the upcoming workshops use their indexes', () => {
    const db = openDatabase(':memory:', { migrations: MIGRATIONS.filter((m) => m.version <= 20) });
    expect(plan(db, "SELECT * FROM workshops WHERE process_id = 'x' ORDER BY number")).toMatch(/USING INDEX sqlite_autoindex_workshops_\d \(process_id=\?\)/);
    expect(plan(db, "SELECT * FROM workshops WHERE planned_at >= '2027-01-01' AND planned_at < '2027-02-01'")).toContain('workshops_by_date');
    expect(plan(db, "SELECT * FROM worksheet_answers WHERE workshop_id = 'x'")).toContain('PRIMARY KEY');
    db.close();
  });

  it('0030 strategy: the records of a process use their indexes and go with the process', () => {
    const db = openDatabase(':memory:', { migrations: MIGRATIONS.filter((m) => m.version <= 30) });
    for (const table of ['stakeholders', 'objectives', 'activities', 'indicators']) {
      expect(plan(db, `SELECT * FROM ${table} WHERE process_id = 'x' ORDER BY position`)).toContain(`${table}_by_process`);
    }
    expect(plan(db, "SELECT * FROM measurements WHERE indicator_id = 'x' ORDER BY measured_on")).toContain('measurements_by_indicator');
    db.exec(`${SME_WITH_PROCESS}
             INSERT INTO objectives (id, process_id, position, perspective, title) VALUES ('o1', 'p', 0, 'business', 'A'), ('o2', 'p', 1, 'learning', 'B');
             INSERT INTO objective_links (cause_id, effect_id) VALUES ('o2', 'o1');
             INSERT INTO indicators (id, process_id, position, objective_id, name, direction, baseline, target) VALUES ('i', 'p', 0, 'o1', 'I', 'up', 1, 2);
             INSERT INTO measurements (id, indicator_id, measured_on, value) VALUES ('m', 'i', '2027-02-01', 1.5);`);
    expect(() => db.exec("INSERT INTO objectives (id, process_id, position, perspective, title) VALUES ('o3', 'p', 2, 'finance', 'C')")).toThrow(/CHECK/);
    expect(() => db.exec("INSERT INTO objective_links (cause_id, effect_id) VALUES ('o1', 'o1')")).toThrow(/CHECK/);
    db.exec("DELETE FROM processes WHERE id = 'p'");
    for (const table of ['objectives', 'objective_links', 'indicators', 'measurements']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    db.close();
  });

  it('0080 kept indicators: old indicators keep their measurements; a kept one needs its kind, a range its upper end', () => {
    const db = openDatabase(':memory:', { migrations: MIGRATIONS.filter((m) => m.version <= 50) });
    db.exec(`${SME_WITH_PROCESS}
             INSERT INTO objectives (id, process_id, position, perspective, title) VALUES ('o1', 'p', 0, 'business', 'A');
             INSERT INTO indicators (id, process_id, position, objective_id, name, direction, baseline, target) VALUES ('i', 'p', 0, 'o1', 'I', 'down', 14, 6);
             INSERT INTO measurements (id, indicator_id, measured_on, value) VALUES ('m1', 'i', '2027-02-01', 12), ('m2', 'i', '2027-03-01', 11);`);
    for (const m of MIGRATIONS.filter((x) => x.version > 50 && x.version <= 80)) db.transaction(() => (typeof m.up === 'string' ? db.exec(m.up) : m.up(db)))();
    expect(db.prepare("SELECT direction, keep, target_high FROM indicators WHERE id = 'i'").get()).toEqual({ direction: 'down', keep: null, target_high: null });
    expect(db.prepare("SELECT id, value FROM measurements WHERE indicator_id = 'i' ORDER BY measured_on").all()).toEqual([{ id: 'm1', value: 12 }, { id: 'm2', value: 11 }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const insert = (id: string, direction: string, keep: string | null, high: number | null) =>
      db.prepare("INSERT INTO indicators (id, process_id, position, objective_id, name, direction, keep, baseline, target, target_high) VALUES (?, 'p', 1, 'o1', 'K', ?, ?, 4.6, 4.5, ?)").run(id, direction, keep, high);
    insert('k1', 'keep', 'at_least', null);
    insert('k2', 'keep', 'within', 5);
    expect(() => insert('k3', 'keep', null, null)).toThrow(/CHECK/);
    expect(() => insert('k4', 'up', 'at_least', null)).toThrow(/CHECK/);
    expect(() => insert('k5', 'keep', 'within', null)).toThrow(/CHECK/);
    expect(() => insert('k6', 'keep', 'within', 4)).toThrow(/CHECK/);
    expect(plan(db, "SELECT * FROM measurements WHERE indicator_id = 'x' ORDER BY measured_on")).toContain('measurements_by_indicator');
    // The measurements still go with their indicator.
    db.exec("DELETE FROM indicators WHERE id = 'i'");
    expect(db.prepare('SELECT count(*) AS n FROM measurements').get()).toEqual({ n: 0 });
    db.close();
  });

  it('0090 evaluation editions: earlier evaluations are edition 1; participants and their scores go with the evaluation', () => {
    const db = openDatabase(':memory:', { migrations: MIGRATIONS.filter((m) => m.version <= 80) });
    db.exec(`${SME_WITH_PROCESS}
             INSERT INTO self_evaluations (id, process_id, kind, taken_on, updated_at) VALUES ('e', 'p', 'baseline', '2027-01-10', 'now');`);
    const m = MIGRATIONS.find((x) => x.version === 90)!;
    db.transaction(() => (typeof m.up === 'string' ? db.exec(m.up) : m.up(db)))();
    expect(db.prepare("SELECT edition FROM self_evaluations WHERE id = 'e'").get()).toEqual({ edition: 1 });
    db.exec(`INSERT INTO self_evaluation_participants (id, evaluation_id, position, name) VALUES ('a', 'e', 0, '');
             INSERT INTO self_evaluation_participant_scores (participant_id, item_id, score) VALUES ('a', 'se-business-1', 4);`);
    expect(() => db.exec("INSERT INTO self_evaluation_participant_scores (participant_id, item_id, score) VALUES ('a', 'se-business-3', 6)")).toThrow(/CHECK/);
    expect(plan(db, "SELECT * FROM self_evaluation_participants WHERE evaluation_id = 'x' ORDER BY position")).toContain('self_evaluation_participants_by_evaluation');
    db.exec("DELETE FROM self_evaluations WHERE id = 'e'");
    expect(db.prepare('SELECT count(*) AS n FROM self_evaluation_participant_scores').get()).toEqual({ n: 0 });
    db.close();
  });

  it('0130 minutes notes: notes written before the split stay private, and the minutes notes start empty', () => {
    const file = databaseBefore(130, `INSERT INTO workshops (id, process_id, number, status, notes, updated_at) VALUES ('w', 'p', 1, 'held', 'Tomas sceptical at first', 'now');`);
    const db = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 130) });
    expect(db.prepare("SELECT notes, minutes_notes FROM workshops WHERE id = 'w'").get()).toEqual({ notes: 'Tomas sceptical at first', minutes_notes: '' });
    db.close();
  });

  it('0150 undoable deletes: every strategy record written before is in use (not deleted), and the lists still use their indexes', () => {
    const file = databaseBefore(150, `INSERT INTO stakeholders (id, process_id, position, grp, name, influence, impact, relationship) VALUES ('h', 'p', 0, 'customers', 'Families', 3, 3, 3);
              INSERT INTO objectives (id, process_id, position, perspective, title) VALUES ('o', 'p', 0, 'business', 'A');
              INSERT INTO activities (id, process_id, position, objective_id, title, kind, status) VALUES ('a', 'p', 0, 'o', 'Do', 'new', 'planned');
              INSERT INTO indicators (id, process_id, position, objective_id, name, direction, baseline, target) VALUES ('i', 'p', 0, 'o', 'I', 'up', 1, 2);
              INSERT INTO measurements (id, indicator_id, measured_on, value) VALUES ('m', 'i', '2027-02-01', 1.5);
              INSERT INTO reviews (id, process_id, held_on) VALUES ('r', 'p', '2027-03-01');`);
    const db = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 150) });
    for (const table of ['stakeholders', 'objectives', 'activities', 'indicators', 'measurements', 'reviews']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table} WHERE deleted_at IS NULL`).get(), table).toEqual({ n: 1 });
    }
    expect(plan(db, "SELECT * FROM objectives WHERE process_id = 'p' AND deleted_at IS NULL ORDER BY position")).toContain('objectives_by_process');
    // Which rows are deleted is asked per SME on export: it reads only the deleted rows, never the whole table.
    for (const table of ['stakeholders', 'objectives', 'activities', 'indicators', 'measurements', 'reviews']) {
      expect(plan(db, `SELECT id FROM ${table} WHERE deleted_at IS NOT NULL`), table).toContain(`USING INDEX ${table}_deleted`);
    }
    db.close();
  });

  it('back up an existing database before migrating it, and run all steps in one transaction', () => {
    const dir = tempDir();
    const file = path.join(dir, 'db.sqlite');
    openDatabase(file, { migrations: MIGRATIONS.slice(0, 1) }).close();
    const failing = [...MIGRATIONS, { version: 9990, name: 'broken', up: 'CREATE TABLE ok_table (x); SELECT * FROM no_such_table;' }];
    expect(() => openDatabase(file, { migrations: failing })).toThrow(expect.objectContaining({ code: 'db_migration_failed', message: expect.stringContaining('9990 (broken)') }));
    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    // The failed step left nothing behind: still the old version, no half-made table.
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'ok_table'").get()).toEqual({ n: 0 });
    db.close();
  });
});
