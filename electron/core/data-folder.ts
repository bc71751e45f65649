import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DatabaseProblem } from '../api/result';

export const LOCK_FILE = 'socialsme.lock';
export const BACKUP_FOLDER = 'backups';
export const LOG_FOLDER = 'logs';

/**
 * Makes the data folder and the folders the messages point to (backups/, logs/) with rights
 * for the owner only: the case files hold names of people and staff matters. Where the
 * platform has no modes (Windows) the calls change nothing. Answers why the folder cannot be
 * used, or null.
 */
export function prepareDataFolder(dir: string): DatabaseProblem | null {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EEXIST' || code === 'ENOTDIR' ? 'db_not_file' : 'db_readonly_folder';
  }
  if (!fs.statSync(dir).isDirectory()) return 'db_not_file';
  for (const sub of [BACKUP_FOLDER, LOG_FOLDER]) {
    try {
      fs.mkdirSync(path.join(dir, sub), { recursive: true, mode: 0o700 });
    } catch {
      // A read-only folder: the database inspection says so in its own words.
    }
  }
  for (const folder of [dir, path.join(dir, BACKUP_FOLDER), path.join(dir, LOG_FOLDER)]) chmod(folder, 0o700);
  return null;
}

/**
 * Owner-only rights on the files the app keeps in the data folder, once the database has been
 * found to be ours: a refused file is not touched at all, not even its mode.
 */
export function tightenModes(dir: string): void {
  for (const entry of safeList(dir)) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory() && (entry.name === BACKUP_FOLDER || entry.name === LOG_FOLDER)) {
      chmod(file, 0o700);
      for (const inner of safeList(file)) if (inner.isFile()) chmod(path.join(file, inner.name), 0o600);
    } else if (entry.isFile() && /^(socialsme\.|settings\.json|config\.json)/.test(entry.name)) {
      chmod(file, 0o600);
    }
  }
}

function chmod(file: string, mode: number): void {
  try {
    fs.chmodSync(file, mode);
  } catch {
    // Not ours to change (another owner, a read-only stick): leave it.
  }
}

function safeList(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export type FolderLock = { held: true; release(): void } | { held: false; owner: LockOwner };

/**
 * Takes the data folder for this process: a lock file holding the owner's pid. A second app on
 * the same folder (another window, a browser host, `npm start` twice) finds a living owner and
 * opens nothing. A lock left by a crash names a process that no longer runs, or another
 * computer (a stick pulled out elsewhere), and is taken over. On a read-only folder no lock can
 * be written and none is needed: nothing can be saved there.
 */
export function lockDataFolder(dir: string): FolderLock {
  const file = path.join(dir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx', mode: 0o600 });
      return { held: true, release: () => releaseIfOurs(file, me) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') return { held: true, release: () => {} };
    }
    const owner = readOwner(file);
    if (owner && owner.host === me.host && isRunning(owner.pid)) return { held: false, owner };
    fs.rmSync(file, { force: true });
  }
  return { held: false, owner: readOwner(file) ?? { pid: 0, host: '', since: '' } };
}

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? { pid: owner.pid, host: owner.host, since: String(owner.since ?? '') } : null;
  } catch {
    return null;
  }
}

function releaseIfOurs(file: string, me: LockOwner): void {
  const owner = readOwner(file);
  if (owner && owner.pid === me.pid && owner.since === me.since) fs.rmSync(file, { force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
