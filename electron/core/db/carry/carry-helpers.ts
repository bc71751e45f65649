import type { Database } from 'better-sqlite3';
import { foldName } from '../../../api/shared-records';

/** A cell of a worksheet table as stored, and a row of one. */
export type Cell = string | number | null | undefined;
export type Row = Record<string, Cell>;

export const text = (v: Cell) => (v === null || v === undefined ? '' : String(v).trim());
/** A date as the records keep it, or null for anything that is not one. */
export const isoDate = (v: Cell) => (/^\d{4}-\d{2}-\d{2}$/.test(text(v)) ? text(v) : null);

/** The position after the process's last record of `table`. */
export const nextPosition = (db: Database, table: string, processId: string) =>
  (db.prepare(`SELECT coalesce(max(position), -1) + 1 AS n FROM ${table} WHERE process_id = ?`).get(processId) as { n: number }).n;

/** The id of the process's record with this name (spacing and case ignored), if any. */
export function findByName(db: Database, table: 'stakeholders' | 'objectives' | 'activities' | 'indicators', column: 'name' | 'title', processId: string, name: string): string | null {
  const rows = db.prepare(`SELECT id, ${column} AS name FROM ${table} WHERE process_id = ? ORDER BY position`).all(processId) as { id: string; name: string }[];
  return rows.find((r) => foldName(r.name) === foldName(name))?.id ?? null;
}

/**
 * The objective a worksheet cell names: by its code on the objectives worksheet ("L1") or by its
 * title; a cell like "L1: a second person for key recipes" names L1.
 */
export function objectiveNamed(db: Database, processId: string, named: string, codes: Map<string, string>): string | null {
  if (!named) return null;
  const byTitle = (title: string) => findByName(db, 'objectives', 'title', processId, title);
  const whole = byTitle(codes.get(foldName(named)) ?? named);
  if (whole) return whole;
  const first = /^[\p{L}\p{N}]+/u.exec(named)?.[0];
  const code = first ? codes.get(foldName(first)) : undefined;
  return code ? byTitle(code) : null;
}
