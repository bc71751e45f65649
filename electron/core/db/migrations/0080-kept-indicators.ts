import type { Database } from 'better-sqlite3';
import type { Migration } from './types';

/**
 * Indicators that hold a level ("keep at 4.5 or above"): direction 'keep' with how the level is
 * held (at least, at most, within a range) and the upper end of a range. SQLite cannot change a
 * CHECK constraint in place, so the table is rebuilt. Measurements are rebuilt with it: the
 * migration runs inside a transaction with foreign keys on, and dropping the old indicators
 * would otherwise delete their measurements by cascade.
 */
function updateToSchemaVersion80(db: Database): void {
  // A table added later that points at indicators would lose its rows the same way: refuse
  // rather than lose them silently (the migration must then rebuild that table too).
  const others = (db.prepare(`SELECT m.name FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
                              WHERE m.type = 'table' AND f."table" = 'indicators' AND m.name <> 'measurements'`).all() as { name: string }[]);
  if (others.length > 0) throw new Error(`Tables refer to indicators and would lose rows: ${others.map((o) => o.name).join(', ')}`);
  db.exec(`
    CREATE TABLE indicators_new (
      id TEXT PRIMARY KEY NOT NULL,
      process_id TEXT NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      objective_id TEXT NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      unit TEXT NOT NULL DEFAULT '',
      direction TEXT NOT NULL CHECK (direction IN ('up', 'down', 'keep')),
      keep TEXT CHECK (keep IN ('at_least', 'at_most', 'within')),
      baseline REAL NOT NULL,
      baseline_date TEXT,
      target REAL NOT NULL,
      target_high REAL,
      target_date TEXT,
      CHECK ((direction = 'keep') = (keep IS NOT NULL)),
      CHECK ((keep IS 'within') = (target_high IS NOT NULL)),
      CHECK (target_high IS NULL OR target_high >= target)
    ) STRICT;
    INSERT INTO indicators_new (id, process_id, position, objective_id, name, unit, direction, baseline, baseline_date, target, target_date)
      SELECT id, process_id, position, objective_id, name, unit, direction, baseline, baseline_date, target, target_date FROM indicators;

    CREATE TABLE measurements_new (
      id TEXT PRIMARY KEY NOT NULL,
      indicator_id TEXT NOT NULL REFERENCES indicators_new(id) ON DELETE CASCADE,
      measured_on TEXT NOT NULL,
      value REAL NOT NULL,
      note TEXT NOT NULL DEFAULT ''
    ) STRICT;
    INSERT INTO measurements_new (rowid, id, indicator_id, measured_on, value, note)
      SELECT rowid, id, indicator_id, measured_on, value, note FROM measurements;

    DROP TABLE measurements;
    DROP TABLE indicators;
    -- Renaming rewrites the measurements' reference to indicators_new as well.
    ALTER TABLE indicators_new RENAME TO indicators;
    ALTER TABLE measurements_new RENAME TO measurements;
    CREATE INDEX indicators_by_process ON indicators (process_id, position);
    CREATE INDEX indicators_by_objective ON indicators (objective_id);
    CREATE INDEX measurements_by_indicator ON measurements (indicator_id, measured_on);
  `);
}

export const migration0080: Migration = { version: 80, name: 'kept-indicators', up: updateToSchemaVersion80 };
