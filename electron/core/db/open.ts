import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../api/result';
import { backUp } from './backup';
import type { FileAccess } from './inspect';
import { fileSystemAccess, inspectDatabase, refusedBySqlite } from './inspect';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';
import { runMigration } from './migrations/types';

export type Db = Database.Database;

export interface OpenOptions {
  /** Where automatic backups before a migration go; default: <dir of file>/backups. */
  backupDir?: string;
  migrations?: readonly Migration[];
  /** Decides what is writable (tests stand in for a write-protected stick). */
  access?: FileAccess;
}

/**
 * Opens (or creates) the case-file database. First a side-effect-free inspection classifies the
 * file; every refusal (newer, foreign, damaged, read-only, locked, missing WAL, not a file)
 * throws an AppFailure with its own code and leaves the file byte for byte as it was. Only a
 * file that is ours is then opened for writing: checked for another writer, backed up when it
 * is older, and brought up to date with every pending migration in one transaction.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? MIGRATIONS;
  if (file === ':memory:') return migrate(configure(new Database(file)), migrations, 0);

  const name = path.basename(file);
  const inspection = inspectDatabase(file, migrations, options.access ?? fileSystemAccess);
  if (inspection.state === 'refused') throw new AppFailure(inspection.problem, `${name}: ${inspection.reason}`);
  if (inspection.state === 'new') create(file, migrations);

  let db: Db;
  try {
    db = new Database(file, { fileMustExist: true });
  } catch (error) {
    throw asFailure(error, name);
  }
  try {
    claimWriting(db, name);
    configure(db);
    if (inspection.state === 'older') {
      backUp(db, options.backupDir ?? path.join(path.dirname(file), 'backups'), `${path.basename(file, '.sqlite')}-v${inspection.version}`);
      migrate(db, migrations, inspection.version);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * A new database is made under a temporary name and renamed when complete, so a crash during
 * the first start never leaves a half-made file where the case files belong.
 */
function create(file: string, migrations: readonly Migration[]): void {
  const draft = `${file}.new`;
  fs.rmSync(draft, { force: true });
  fs.rmSync(`${draft}-journal`, { force: true });
  // Made with owner-only rights first: SQLite gives its -wal and -shm files the same mode.
  fs.writeFileSync(draft, '', { mode: 0o600 });
  const db = new Database(draft);
  try {
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, 0);
    db.pragma('journal_mode = WAL');
  } catch (error) {
    db.close();
    fs.rmSync(draft, { force: true });
    throw error;
  }
  db.close();
  fs.renameSync(draft, file);
}

/** Another program's write lock or open write transaction shows only when we try to write. */
function claimWriting(db: Db, name: string): void {
  try {
    db.pragma('busy_timeout = 0');
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
  } catch (error) {
    throw asFailure(error, name);
  }
}

function asFailure(error: unknown, name: string): AppFailure {
  const refusal = refusedBySqlite(error);
  return refusal.state === 'refused' ? new AppFailure(refusal.problem, `${name}: ${refusal.reason}`) : new AppFailure('internal', `${name}: ${String(error)}`);
}

function configure(db: Db): Db {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // The file may live on a USB stick that is pulled out: pay for durability.
  db.pragma('synchronous = FULL');
  // A purged SME's text must not linger in free pages of a file that travels on a stick.
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 3000');
  return db;
}

function migrate(db: Db, migrations: readonly Migration[], from: number): Db {
  let step: Migration | null = null;
  try {
    db.transaction(() => {
      for (const m of migrations.filter((m) => m.version > from)) {
        step = m;
        runMigration(db, m);
        db.pragma(`user_version = ${m.version}`);
      }
    })();
  } catch (error) {
    const failed = step as Migration | null;
    throw new AppFailure(
      'db_migration_failed',
      `Migration ${failed ? `${failed.version} (${failed.name})` : ''} failed and was rolled back: ${(error as Error).message}`,
    );
  }
  return db;
}

export { LATEST_VERSION };
