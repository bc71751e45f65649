import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../api/result';

const PARTIAL = '.partial';

/**
 * Writes a consistent single-file copy of the database into `dir` as `<stem>-<time>.sqlite`.
 * The copy is made under a temporary name and renamed only when complete: an interrupted
 * VACUUM INTO must never leave something in backups/ that looks like a backup but is not one.
 */
export function backUp(db: Database.Database, dir: string, stem: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `${stem}-${stamp}.sqlite`);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    for (const leftover of fs.readdirSync(dir).filter((f) => f.endsWith(PARTIAL))) fs.rmSync(path.join(dir, leftover), { force: true });
    const partial = `${target}${PARTIAL}`;
    // VACUUM INTO writes a consistent copy even with a WAL file beside the database.
    db.prepare('VACUUM INTO ?').run(partial);
    fs.chmodSync(partial, 0o600);
    fs.renameSync(partial, target);
  } catch (error) {
    // Without a backup there is no migration: the file stays as it was.
    throw new AppFailure('db_migration_failed', `The backup before the upgrade could not be written: ${(error as Error).message.replaceAll(dir, 'backups')}`);
  }
  return target;
}
