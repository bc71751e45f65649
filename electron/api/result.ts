/**
 * Why the case-file database was not opened. Each has its own sentence in the locales
 * (dbError.<code>) saying what happened and what to do; the file is left as it was.
 */
export const DATABASE_PROBLEMS = [
  /** Written by a newer version of the app. */
  'db_newer',
  /** Damaged: not a SQLite file, a bad header, a failed quick_check, or one of our tables missing. */
  'db_corrupt',
  /** A SQLite file without our marker: it belongs to another program and is never adopted. */
  'db_foreign',
  /** Another program holds a lock on the file or has a write transaction open. */
  'db_locked',
  /** Another SocialSME 6x3 (window or browser host) has this data folder open. */
  'db_in_use',
  /** The data folder cannot be written to (a write-protected stick, a read-only share). */
  'db_readonly_folder',
  /** The database file itself is marked read-only. */
  'db_readonly_file',
  /** The -wal file with the latest changes is gone while its -shm is still there. */
  'db_wal_missing',
  /** Where the database file belongs there is a folder (or something else that is not a file). */
  'db_not_file',
  /** Bringing the file up to date failed; the transaction was rolled back. */
  'db_migration_failed',
] as const;
export type DatabaseProblem = (typeof DATABASE_PROBLEMS)[number];

export const isDatabaseProblem = (code: string): code is DatabaseProblem => (DATABASE_PROBLEMS as readonly string[]).includes(code);

/** Every call across a process or HTTP boundary answers with a Result; nothing throws across. */
export type ErrorCode = 'validation' | 'not_found' | 'bad_request' | 'unauthorized' | DatabaseProblem | CaseFileProblem | 'internal';

/** Why a case file (.socialsme) or a backup was refused; nothing was written. */
export const CASE_FILE_PROBLEMS = [
  /** Not a complete document: random bytes, cut short, not UTF-8 JSON. */
  'case_file_damaged',
  /** Complete, but something other than a SocialSME 6x3 case file. */
  'case_file_foreign',
  /** Written by a newer version of the app, in a format this one does not know. */
  'case_file_newer',
  /** Ours, but it breaks the format's rules or does not fit the database; nothing was imported. */
  'case_file_invalid',
  /** The passphrase does not open the protected file. */
  'case_file_wrong_passphrase',
  /** The protected file was changed after it was written (or damaged on the way). */
  'case_file_tampered',
  /** A protected file and no passphrase given. */
  'case_file_needs_passphrase',
  /** A backup file that is damaged, not ours, or from a newer version: the case files were left as they were. */
  'backup_refused',
] as const;
export type CaseFileProblem = (typeof CASE_FILE_PROBLEMS)[number];

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. "contacts.0.email". */
  path: string;
  /** A translatable code (see locales: validation.<code>). */
  code: string;
  /** Values the translated sentence may interpolate (max length, minimum...). */
  params?: Record<string, string | number>;
}

export interface AppError {
  code: ErrorCode;
  /** English sentence for logs; the UI translates `code` instead. */
  message: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, issues?: FieldIssue[]): Result<never> => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
});

/** Thrown inside core code; converted to a Result at the boundary. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}

/** Makes an exhaustive switch fail to compile when a union gains a member. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
