import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupReason } from '../../api/backups';
import { BACKUP_REASONS } from '../../api/backups';
import { localDay } from '../../api/local-time';
import { AppFailure } from '../../api/result';
import type { Db } from '../db/open';
import { toKeep } from './rotation';

const PARTIAL = '.partial';
/** Files a restore or a picked backup uses for a moment (not backups; never listed). */
export const SCRATCH = '.scratch';
const NAME = /^(.+?)-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-([a-z-]+))?\.sqlite$/;

/** When and why a backup was taken, read from its name (the upgrade backups are named `<stem>-v<version>-<time>`). */
export function parseName(name: string): { takenAt: Date; reason: BackupReason } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [date, time] = m[2]!.split('T') as [string, string];
  const takenAt = new Date(`${date}T${time.slice(0, 8).replaceAll('-', ':')}.${time.slice(9, 12)}Z`);
  if (Number.isNaN(takenAt.getTime())) return null;
  const reason = m[3] && (BACKUP_REASONS as readonly string[]).includes(m[3]) ? (m[3] as BackupReason) : /-v\d+$/.test(m[1]!) ? 'upgrade' : 'manual';
  return { takenAt, reason };
}

/**
 * The automatic and manual backups in backups/ of the data folder: consistent single-file copies
 * of the database, written under a temporary name and renamed when complete (so nothing in the
 * list is half a file), kept by rotation (7 days, 4 weeks, 12 months).
 */
export class Backups {
  /** One backup at a time: a second waits for the first rather than reading a half-written folder. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Db,
    readonly dir: string,
    private readonly stem = 'socialsme',
  ) {
    // Left by a restore or an upload that was interrupted; nothing is using them at start.
    if (fs.existsSync(dir)) for (const f of fs.readdirSync(dir).filter((n) => n.includes(SCRATCH))) fs.rmSync(path.join(dir, f), { recursive: true, force: true });
  }

  list(): BackupInfo[] {
    const entries = fs.existsSync(this.dir) ? fs.readdirSync(this.dir) : [];
    return entries
      .map((name) => ({ name, parsed: parseName(name) }))
      .filter((e): e is { name: string; parsed: NonNullable<ReturnType<typeof parseName>> } => e.parsed !== null)
      .map(({ name, parsed }) => ({ name, takenAt: parsed.takenAt.toISOString(), reason: parsed.reason, bytes: fs.statSync(path.join(this.dir, name)).size }))
      .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  }

  /** The file of a backup in the list; any other name (a path, `..`) is not one. */
  fileOf(name: string): string {
    if (!this.list().some((b) => b.name === name)) throw new AppFailure('not_found', `No backup named ${name}`);
    return path.join(this.dir, name);
  }

  /**
   * A backup at once, the app waiting for it: before a purge, an import that replaces, a restore,
   * and on quit. VACUUM INTO writes a consistent, compact copy even with a WAL file beside the database.
   */
  takeNow(reason: BackupReason, now = new Date()): BackupInfo {
    return this.write(reason, now, (partial) => {
      this.db.prepare('VACUUM INTO ?').run(partial);
    });
  }

  /**
   * A backup while the app goes on answering (daily, "Back up now"): SQLite's backup API copies
   * the pages in small steps and lets other work run between them; a change made meanwhile
   * through this connection is copied too, so the result is one consistent state.
   */
  takeInBackground(reason: BackupReason, now = new Date()): Promise<BackupInfo> {
    const run = this.queue.then(async () => {
      const target = this.target(reason, now);
      await this.db.backup(`${target}${PARTIAL}`, { progress: () => 64 });
      return this.finish(target);
    });
    this.queue = run.catch(() => {});
    return run.catch((error: unknown) => {
      throw failure(error, this.dir);
    });
  }

  /** The day's first backup, unless today already has one. */
  async dailyIfDue(now = new Date()): Promise<BackupInfo | null> {
    const today = localDay(now);
    if (this.list().some((b) => localDay(new Date(b.takenAt)) === today)) return null;
    return this.takeInBackground('daily', now);
  }

  /** Deletes the backups rotation no longer keeps; leftovers of interrupted backups go too. */
  rotate(): string[] {
    const all = this.list();
    const keep = toKeep(all.map((b) => ({ name: b.name, takenAt: new Date(b.takenAt) })));
    const removed = all.filter((b) => !keep.has(b.name)).map((b) => b.name);
    for (const name of removed) fs.rmSync(path.join(this.dir, name), { force: true });
    return removed;
  }

  private write(reason: BackupReason, now: Date, copy: (partial: string) => void): BackupInfo {
    try {
      const target = this.target(reason, now);
      copy(`${target}${PARTIAL}`);
      return this.finish(target);
    } catch (error) {
      throw failure(error, this.dir);
    }
  }

  private target(reason: BackupReason, now: Date): string {
    fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    for (const leftover of fs.readdirSync(this.dir).filter((f) => f.endsWith(PARTIAL))) fs.rmSync(path.join(this.dir, leftover), { force: true });
    let at = now.getTime();
    // Two backups in the same millisecond get different names, so neither replaces the other.
    while (fs.existsSync(this.fileName(reason, at))) at += 1;
    return this.fileName(reason, at);
  }

  private fileName(reason: BackupReason, at: number): string {
    return path.join(this.dir, `${this.stem}-${new Date(at).toISOString().replace(/[:.]/g, '-')}-${reason}.sqlite`);
  }

  private finish(target: string): BackupInfo {
    const partial = `${target}${PARTIAL}`;
    fs.chmodSync(partial, 0o600);
    // Flushed before the rename, so that after a power cut the name never points to missing data.
    const fd = fs.openSync(partial, 'r+');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(partial, target);
    this.rotate();
    const info = this.list().find((b) => b.name === path.basename(target));
    if (!info) throw new Error('the backup is missing after it was written');
    return info;
  }
}

function failure(error: unknown, dir: string): AppFailure {
  if (error instanceof AppFailure) return error;
  return new AppFailure('internal', `The backup could not be written: ${String((error as Error).message ?? error).replaceAll(dir, 'backups')}`);
}
