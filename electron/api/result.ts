/** Every call across a process or HTTP boundary answers with a Result; nothing throws across. */
export type ErrorCode =
  | 'validation'
  | 'not_found'
  | 'bad_request'
  | 'unauthorized'
  | 'db_newer'
  | 'db_corrupt'
  | 'db_locked'
  | 'internal';

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
