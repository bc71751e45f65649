import { z } from 'zod';
import { None, returns } from './channel';

/** Why a backup was taken; part of its file name. */
export const BACKUP_REASONS = ['daily', 'manual', 'upgrade', 'before-import', 'before-purge', 'before-restore', 'on-quit'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupInfo {
  /** The file name in backups/ of the data folder. */
  name: string;
  takenAt: string;
  reason: BackupReason;
  bytes: number;
}

/** What a backup holds, shown before it is restored. */
export interface BackupPreview {
  takenAt: string | null;
  bytes: number;
  smes: number;
  processes: number;
  /** The database schema version of the backup; an older one is brought up to date when restored. */
  schemaVersion: number;
}

/** A backup from the list (by name) or a file the facilitator picked (its bytes, base64). */
export const BackupSource = z.union([
  z.object({ name: z.string().regex(/^[\w.-]+\.sqlite$/).max(200) }).strict(),
  z.object({ base64: z.string().max(700 * 1024 * 1024) }).strict(),
]);

export const backupChannels = {
  /** The backups in backups/, newest first, with dates, sizes and why each was taken. */
  'backups.list': { input: None, output: returns<BackupInfo[]>() },
  /** "Back up now": a new backup in backups/ (then saved where the facilitator chooses with backups.file). */
  'backups.create': { input: None, output: returns<BackupInfo>() },
  /** A backup's bytes, to save to a file the facilitator chooses (another stick). */
  'backups.file': { input: z.object({ name: BackupSource.options[0].shape.name }), output: returns<{ fileName: string; base64: string }>() },
  /** Checks a backup and says what it holds; changes nothing. */
  'backups.preview': { input: BackupSource, output: returns<BackupPreview>() },
  /** Replaces the case files with the backup's, after a backup of the current state. */
  'backups.restore': { input: BackupSource, output: returns<{ safetyBackup: BackupInfo; restored: BackupPreview }>() },
} as const;
