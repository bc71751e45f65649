import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../api/result';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';
import { runMigration } from './migrations/types';

export type Db = Database.Database;

export interface OpenOptions {
  /** Where automatic backups before a migration go; default: <dir of file>/backups. */
  backupDir?: string;
  migrations?: readonly Migration[];
}

/**
 * Opens (or creates) the case-file database: checks it is a database we can read, refuses one
 * written by a newer version of the app without touching it, backs it up, then runs every
 * pending migration in one transaction.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  const existed = file !== ':memory:' && fs.existsSync(file) && fs.statSync(file).size > 0;

  let db: Db;
  try {
    db = new Database(file, { fileMustExist: false });
  } catch (error) {
    throw new AppFailure('db_corrupt', `Cannot open database ${file}: ${(error as Error).message}`);
  }

  try {
    // Reading user_version first fails on a file that is not a SQLite database, before any write.
    const version = readVersion(db, file);
    if (version > latest) {
      throw new AppFailure(
        'db_newer',
        `Database ${file} has schema version ${version}, this app knows up to ${latest}`,
      );
    }
    configure(db);
    const pending = migrations.filter((m) => m.version > version);
    if (pending.length === 0) return db;
    if (existed) backup(db, file, options.backupDir, version);
    db.transaction(() => {
      for (const m of pending) {
        runMigration(db, m);
        db.pragma(`user_version = ${m.version}`);
      }
    })();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function readVersion(db: Db, file: string): number {
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return db.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
      throw new AppFailure('db_locked', `Database ${file} is in use by another program`);
    }
    throw new AppFailure('db_corrupt', `Database ${file} cannot be read: ${(error as Error).message}`);
  }
}

function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // The file may live on a USB stick that is pulled out: pay for durability.
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 3000');
}

function backup(db: Db, file: string, backupDir: string | undefined, version: number): void {
  const dir = backupDir ?? path.join(path.dirname(file), 'backups');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `${path.basename(file, '.sqlite')}-v${version}-${stamp}.sqlite`);
  // VACUUM INTO writes a consistent copy even with a WAL file beside the database.
  db.prepare('VACUUM INTO ?').run(target);
}

export { LATEST_VERSION };
