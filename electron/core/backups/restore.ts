import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupPreview } from '../../api/backups';
import { AppFailure } from '../../api/result';
import { asRollbackJournal } from '../db/header';
import { inspectDatabase } from '../db/inspect';
import { MIGRATIONS } from '../db/migrations';
import type { Db } from '../db/open';
import { openDatabase } from '../db/open';
import type { Backups } from './backups';
import { parseName, SCRATCH } from './backups';

const refused = (reason: string) => new AppFailure('backup_refused', `The backup was not used: ${reason}`);

/**
 * Checks a backup file without changing it (ours, not from a newer version, quick_check
 * passes) and says what it holds.
 */
export function previewBackup(file: string): BackupPreview {
  const inspection = inspectDatabase(file, MIGRATIONS);
  if (inspection.state === 'refused') throw refused(`${inspection.problem}: ${inspection.reason}`);
  if (inspection.state === 'new') throw refused('the file is missing');
  // Read as a copy in memory (a backup made by the backup API is marked WAL, which memory cannot hold).
  const db = new Database(asRollbackJournal(fs.readFileSync(file)), { readonly: true });
  try {
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      takenAt: parseName(path.basename(file))?.takenAt.toISOString() ?? null,
      bytes: fs.statSync(file).size,
      smes: count('smes'),
      processes: count('processes'),
      schemaVersion: inspection.version,
    };
  } finally {
    db.close();
  }
}

/**
 * Replaces every case file with the backup's. The backup is checked first and brought up to
 * date in a copy (it stays as it was); then a backup of the current state is taken; then all
 * tables are emptied and filled from the copy in ONE transaction, so an interruption at any
 * moment leaves either the case files as they were or the backup's, never a mixture.
 */
export function restoreBackup(db: Db, backups: Backups, file: string, now = new Date()): { safetyBackup: BackupInfo; restored: BackupPreview } {
  const restored = previewBackup(file);
  const copy = path.join(backups.dir, `restore-${process.pid}-${now.getTime()}${SCRATCH}`);
  const scratch = `${copy}-upgrade`;
  try {
    fs.copyFileSync(file, copy);
    openDatabase(copy, { backupDir: scratch }).close();
    const safetyBackup = backups.takeNow('before-restore', now);
    db.prepare('ATTACH DATABASE ? AS restored').run(copy);
    try {
      const tables = (db.prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
      // Every table is replaced whole, so the keys are checked once at the end instead of row by
      // row (SQLite allows switching them only outside a transaction).
      db.pragma('foreign_keys = OFF');
      try {
        db.transaction(() => {
          for (const t of tables) db.prepare(`DELETE FROM main."${t}"`).run();
          for (const t of tables) db.prepare(`INSERT INTO main."${t}" SELECT * FROM restored."${t}"`).run();
          if ((db.pragma('main.foreign_key_check') as unknown[]).length) throw new Error('the backup has records whose parents are missing');
        })();
      } finally {
        db.pragma('foreign_keys = ON');
      }
    } finally {
      db.prepare('DETACH DATABASE restored').run();
    }
    return { safetyBackup, restored };
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    throw refused(String((error as Error).message));
  } finally {
    for (const f of [copy, `${copy}-wal`, `${copy}-shm`]) fs.rmSync(f, { force: true });
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
