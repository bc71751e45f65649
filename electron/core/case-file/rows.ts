import { randomUUID } from 'node:crypto';
import type { AnyRow, CaseFile, CaseFileTable, TableDef } from '../../api/case-file';
import { CASE_FILE_TABLES, columnOf, TABLE_NAMES, tableOf } from '../../api/case-file';
import type { Db } from '../db/open';

/**
 * Rows <-> document rows, for any table of the case file, from the one list of columns in
 * api/case-file.ts. Nothing here names a column: a new column reaches export, import, the next
 * cycle and the example without a change in this file.
 */

const fieldsOf = (t: TableDef) => Object.keys(t.fields);

/** The tables a reference field may point into (one, or one per kind of record). */
function targetsOf(target: string | { tables: Record<string, string> }): CaseFileTable[] {
  return typeof target === 'string' ? [tableOf(target)] : Object.values(target.tables).map(tableOf);
}

/** Rows of `target` that were deleted (kept only so that the delete can be undone). */
const deletedOf = (target: CaseFileTable) => {
  const t: TableDef = CASE_FILE_TABLES[target];
  return `SELECT ${columnOf(t, t.key!)} FROM ${t.sql} WHERE deleted_at IS NOT NULL`;
};

/** Whether a field may be null in a document (such a reference to a deleted row becomes null). */
const nullable = (t: TableDef, field: string) => t.fields[field]!.safeParse(null).success;

/**
 * Conditions that leave out deleted rows: the table's own, and rows that cannot stand without a
 * deleted row they refer to (a link to a deleted objective, the tag of a deleted activity).
 */
function live(t: TableDef): string[] {
  const out = t.softDeleted ? ['deleted_at IS NULL'] : [];
  for (const [field, target] of Object.entries(t.refs ?? {})) {
    if (nullable(t, field)) continue;
    for (const name of targetsOf(target)) if ((CASE_FILE_TABLES[name] as TableDef).softDeleted) out.push(`${columnOf(t, field)} NOT IN (${deletedOf(name)})`);
  }
  return out;
}

/** A field as read: a nullable reference to a deleted row reads as null. */
function selected(t: TableDef, field: string): string {
  const column = columnOf(t, field);
  const target = t.refs?.[field];
  const soft = target && nullable(t, field) ? targetsOf(target).filter((n) => (CASE_FILE_TABLES[n] as TableDef).softDeleted) : [];
  if (soft.length === 0) return `${column} AS "${field}"`;
  return `CASE WHEN ${soft.map((n) => `${column} IN (${deletedOf(n)})`).join(' OR ')} THEN NULL ELSE ${column} END AS "${field}"`;
}

/** The SQL condition that picks the rows of `table` belonging to the SME (or process) given as the one parameter, deleted ones left out. */
function scope(name: CaseFileTable, root: CaseFileTable): string {
  const t: TableDef = CASE_FILE_TABLES[name];
  let own: string;
  if (name === root) own = `${columnOf(t, t.key!)} = ?`;
  else {
    const parentName = tableOf(t.parent!.table);
    const parent: TableDef = CASE_FILE_TABLES[parentName];
    own = `${columnOf(t, t.parent!.field)} IN (SELECT ${columnOf(parent, parent.key!)} FROM ${parent.sql} WHERE ${scope(parentName, root)})`;
  }
  return [own, ...live(t)].join(' AND ');
}

/** Whether `name` lies under `root` (a process's strategy lies under the process). */
export function isUnder(name: CaseFileTable, root: CaseFileTable): boolean {
  for (let n: string | undefined = name; n; n = (CASE_FILE_TABLES[tableOf(n)] as TableDef).parent?.table) if (n === root) return true;
  return false;
}

const statements = new WeakMap<Db, Map<string, ReturnType<Db['prepare']>>>();
function prepared(db: Db, sql: string) {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let s = cache.get(sql);
  if (!s) cache.set(sql, (s = db.prepare(sql)));
  return s;
}

/** The rows of `name` that belong to the `root` row `id`, as document rows, in a stable order. */
export function readRows(db: Db, name: CaseFileTable, root: CaseFileTable, id: string): AnyRow[] {
  const t: TableDef = CASE_FILE_TABLES[name];
  const fields = fieldsOf(t);
  const order = t.orderBy ? t.orderBy.map((f) => columnOf(t, f)).join(', ') : 'rowid';
  const sql = `SELECT ${fields.map((f) => selected(t, f)).join(', ')} FROM ${t.sql} WHERE ${scope(name, root)} ORDER BY ${order}`;
  return prepared(db, sql).all(id) as AnyRow[];
}

/** Writes document rows into `name`; `extra` adds columns the document does not carry (derived ones). */
export function writeRows(db: Db, name: CaseFileTable, rows: readonly AnyRow[], extra: Record<string, unknown> = {}): void {
  if (rows.length === 0) return;
  const t: TableDef = CASE_FILE_TABLES[name];
  const fields = fieldsOf(t);
  const extraColumns = Object.keys(extra);
  const columns = [...fields.map((f) => columnOf(t, f)), ...extraColumns];
  const insert = prepared(db, `INSERT INTO ${t.sql} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  const extraValues = extraColumns.map((c) => extra[c]);
  for (const row of rows) insert.run([...fields.map((f) => row[f] ?? null), ...extraValues]);
}

/** The whole case file of one SME. */
export function readCaseFile(db: Db, smeId: string): CaseFile | null {
  const [sme] = readRows(db, 'sme', 'sme', smeId);
  if (!sme) return null;
  const file: Record<string, unknown> = { sme };
  for (const name of TABLE_NAMES) if (name !== 'sme') file[name] = readRows(db, name, 'sme', smeId);
  return file as CaseFile;
}

/** Every row's own id and what it refers to, replaced by new ids: the same case file as a copy. */
export function withNewIds(file: CaseFile, fresh: () => string = randomUUID): CaseFile {
  const ids = new Map<string, string>();
  const rowsOf = (name: CaseFileTable): AnyRow[] => (name === 'sme' ? [file.sme] : (file[name] as AnyRow[]));
  for (const name of TABLE_NAMES) {
    const key = (CASE_FILE_TABLES[name] as TableDef).key;
    if (key) for (const row of rowsOf(name)) ids.set(row[key] as string, fresh());
  }
  const copy: Record<string, unknown> = {};
  for (const name of TABLE_NAMES) {
    const t: TableDef = CASE_FILE_TABLES[name];
    const idFields = [t.key, t.parent?.field, ...Object.keys(t.refs ?? {})].filter((f): f is string => !!f);
    const rows = rowsOf(name).map((row) => {
      const out = { ...row };
      for (const f of idFields) if (typeof out[f] === 'string') out[f] = ids.get(out[f]) ?? out[f];
      return out;
    });
    copy[name] = name === 'sme' ? rows[0] : rows;
  }
  return copy as CaseFile;
}

/**
 * Problems a schema cannot see: a row whose parent or reference is not in the same case file, or
 * an id used twice. Such a file could tie our records to another SME's; it is refused whole.
 */
export function inconsistencies(file: CaseFile): string[] {
  const problems: string[] = [];
  const keys = new Map<CaseFileTable, Set<string>>();
  const all = new Set<string>();
  const rowsOf = (name: CaseFileTable): AnyRow[] => (name === 'sme' ? [file.sme] : (file[name] as AnyRow[]));
  for (const name of TABLE_NAMES) {
    const key = (CASE_FILE_TABLES[name] as TableDef).key;
    if (!key) continue;
    const set = new Set<string>();
    for (const row of rowsOf(name)) {
      const id = row[key] as string;
      if (all.has(id)) problems.push(`${name}: id ${id} used twice`);
      all.add(id);
      set.add(id);
    }
    keys.set(name, set);
  }
  for (const name of TABLE_NAMES) {
    const t: TableDef = CASE_FILE_TABLES[name];
    // A reference into one of several tables names its table by the row's kind field.
    type Target = (row: AnyRow) => CaseFileTable | undefined;
    const checks: [string, Target, boolean][] = [
      ...(t.parent ? [[t.parent.field, () => tableOf(t.parent!.table), false] as [string, Target, boolean]] : []),
      ...Object.entries(t.refs ?? {}).map(([f, target]): [string, Target, boolean] => [
        f, typeof target === 'string' ? () => tableOf(target) : (row) => (target.tables[row[target.by] as string] ? tableOf(target.tables[row[target.by] as string]!) : undefined), true,
      ]),
    ];
    rowsOf(name).forEach((row, i) => {
      for (const [field, targetOf, nullable] of checks) {
        const value = row[field];
        if (value === null && nullable) continue;
        const target = targetOf(row);
        if (!target || !keys.get(target)!.has(value as string)) problems.push(`${name}.${i}.${field}: not in this case file`);
      }
    });
  }
  return problems;
}
