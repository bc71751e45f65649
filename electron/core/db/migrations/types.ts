import type { Database } from 'better-sqlite3';

/** One schema step. Versions go up in tens and are never reused or edited after release. */
export interface Migration {
  version: number;
  name: string;
  /**
   * Run inside the migration transaction: SQL, or a function (`updateToSchemaVersionN(db)`) for a
   * step that must move data as well as change the schema.
   */
  up: string | ((db: Database) => void);
}

/** Runs one migration's step on `db`. */
export function runMigration(db: Database, migration: Migration): void {
  if (typeof migration.up === 'string') db.exec(migration.up);
  else migration.up(db);
}
