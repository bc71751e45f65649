import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseProblem } from '../../api/result';
import { asRollbackJournal, checkHeader, shmNamesLostChanges } from './header';
import { APPLICATION_ID } from './migrations/0040-marker';
import type { Migration } from './migrations/types';
import { schemaAt, schemaOf } from './schema';

/** What opening found, before anything was changed. */
export type Inspection =
  | { state: 'new' }
  | { state: 'current'; version: number }
  | { state: 'older'; version: number }
  | { state: 'refused'; problem: DatabaseProblem; reason: string };

/**
 * Whether a path may be written to. Injectable because the answer depends on the medium (a
 * write-protected stick) and on who asks: root may write to any file whatever its mode.
 */
export interface FileAccess {
  writable(file: string): boolean;
}

export const fileSystemAccess: FileAccess = {
  writable(file) {
    try {
      fs.accessSync(file, fs.constants.W_OK);
      return true;
    } catch {
      return false;
    }
  },
};

const refused = (problem: DatabaseProblem, reason: string): Inspection => ({ state: 'refused', problem, reason });

/**
 * Classifies the database file without changing it: no journal-mode switch, no migration, no
 * backup, and no -wal/-shm files made beside it. A file without a -wal is read as a copy in
 * memory; one with a -wal (open elsewhere, or left by a crash) through a read-only connection.
 * Another program's write lock is only seen when writing, so `openDatabase` checks that after.
 */
export function inspectDatabase(file: string, migrations: readonly Migration[], access: FileAccess = fileSystemAccess): Inspection {
  const folder = path.dirname(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return refused('db_corrupt', `cannot read the file: ${errorCode(error)}`);
    // A new file would be joined to the old one's changes: SQLite replays a -wal it finds.
    if ((fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0) > 0) return refused('db_corrupt', 'the file is missing but its -wal is there');
    return access.writable(folder) ? { state: 'new' } : refused('db_readonly_folder', 'the data folder is read-only');
  }
  if (!stat.isFile()) return refused('db_not_file', 'the database path is not a file');
  if (!access.writable(folder)) return refused('db_readonly_folder', 'the data folder is read-only');
  if (!access.writable(file)) return refused('db_readonly_file', 'the database file is read-only');

  const bytes = fs.readFileSync(file);
  const hasWal = fs.existsSync(`${file}-wal`);
  const header = checkHeader(bytes, { walBeside: hasWal && fs.statSync(`${file}-wal`).size > 0 });
  if (!header.ok) return refused('db_corrupt', header.reason);
  if (header.wal && !hasWal && fs.existsSync(`${file}-shm`) && shmNamesLostChanges(fs.readFileSync(`${file}-shm`))) {
    return refused('db_wal_missing', 'the -shm file names changes in a -wal file that is not there');
  }

  let db: Database.Database;
  try {
    db = hasWal ? new Database(file, { readonly: true, fileMustExist: true }) : new Database(asRollbackJournal(bytes), { readonly: true });
  } catch (error) {
    return refusedBySqlite(error);
  }
  try {
    db.pragma('busy_timeout = 0');
    return classify(db, migrations);
  } catch (error) {
    return refusedBySqlite(error);
  } finally {
    db.close();
  }
}

function classify(db: Database.Database, migrations: readonly Migration[]): Inspection {
  const schema = schemaOf(db);
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  const known = migrations.some((m) => m.version === version);
  const ourSchema = known && schema === schemaAt(migrations, version);

  if (applicationId === APPLICATION_ID) {
    if (version > latest) return refused('db_newer', `schema version ${version}, this app knows up to ${latest}`);
    if (!ourSchema) return refused('db_corrupt', `the tables are not those of schema version ${version}`);
  } else if (applicationId !== 0 || !ourSchema) {
    // Made before the marker existed only if the schema is exactly one of ours.
    return refused('db_foreign', `application id ${applicationId}, schema version ${version}: not a SocialSME 6x3 file`);
  }
  const check = (db.pragma('quick_check(4)') as { quick_check: string }[]).map((r) => r.quick_check);
  if (check.join() !== 'ok') return refused('db_corrupt', `quick_check: ${check.join('; ')}`);
  return version === latest ? { state: 'current', version } : { state: 'older', version };
}

export function refusedBySqlite(error: unknown): Inspection {
  const code = errorCode(error);
  if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_LOCKED') || code.startsWith('SQLITE_BUSY_')) {
    return refused('db_locked', 'another program holds a lock on the file');
  }
  if (code.startsWith('SQLITE_READONLY')) return refused('db_readonly_file', 'the database cannot be written to');
  return refused('db_corrupt', `SQLite: ${code} ${(error as Error).message}`);
}

function errorCode(error: unknown): string {
  return String((error as { code?: unknown }).code ?? 'unknown');
}
