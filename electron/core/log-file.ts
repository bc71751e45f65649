import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from './dispatch';

export const LOG_NAME = 'socialsme.log';

export interface LogOptions {
  /** Size at which the log is rotated; default 1 MB. */
  maxBytes?: number;
  /** Rotated files kept beside it (socialsme.log.1 …); default 3. */
  keep?: number;
}

/**
 * The log that "the details are in the log" refers to: logs/socialsme.log in the data folder,
 * rotated by size. It records what went wrong (message, error code, stack) and never a request's
 * payload, so no names of people and no text of a case file end up in it.
 */
export function fileLogger(folder: string, options: LogOptions = {}): Logger {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = options.keep ?? 3;
  const file = path.join(folder, LOG_NAME);
  return (message, error) => {
    const line = `${new Date().toISOString()} ${message}${error === undefined ? '' : ` ${describe(error)}`}\n`;
    try {
      fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
      const current = size(file);
      if (current > 0 && current + Buffer.byteLength(line) > maxBytes) rotate(file, keep);
      fs.appendFileSync(file, line, { mode: 0o600 });
    } catch {
      // A read-only data folder cannot hold a log; the console still gets the line.
    }
  };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return `${error.name}${code ? ` [${String(code)}]` : ''}: ${error.message}\n${(error.stack ?? '').split('\n').slice(1).join('\n')}`;
}

function size(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

function rotate(file: string, keep: number): void {
  fs.rmSync(`${file}.${keep}`, { force: true });
  for (let i = keep - 1; i >= 1; i--) if (fs.existsSync(`${file}.${i}`)) fs.renameSync(`${file}.${i}`, `${file}.${i + 1}`);
  if (keep > 0) fs.renameSync(file, `${file}.1`);
  else fs.rmSync(file, { force: true });
}
