import Database from 'better-sqlite3';
import type { Migration } from './migrations/types';
import { runMigration } from './migrations/types';

/**
 * The schema of a database as one comparable text: every table, index and trigger with the SQL
 * that made it. Our migrations write that SQL, so a file we made at version N has exactly the
 * schema the migrations up to N produce; anything else was made or changed by someone else.
 */
export function schemaOf(db: Database.Database): string {
  const rows = db
    .prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name")
    .all();
  return JSON.stringify(rows);
}

const expected = new WeakMap<readonly Migration[], Map<number, string>>();

/** The schema the migrations up to `version` produce, built once in memory. */
export function schemaAt(migrations: readonly Migration[], version: number): string {
  let byVersion = expected.get(migrations);
  if (!byVersion) expected.set(migrations, (byVersion = new Map()));
  let schema = byVersion.get(version);
  if (schema === undefined) {
    const db = new Database(':memory:');
    try {
      for (const m of migrations) if (m.version <= version) runMigration(db, m);
      schema = schemaOf(db);
    } finally {
      db.close();
    }
    byVersion.set(version, schema);
  }
  return schema;
}
