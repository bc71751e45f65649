import type { AgendaRow } from './library';
import { RULES } from './rules';
import type { AgendaItem } from './workshops';

/** The length of every workshop of the methodology, in minutes (rules.json). */
export const WORKSHOP_MINUTES = RULES.workshopMinutes;

/** A block of the agenda a workshop follows: the guide's block or one added for this SME. */
export interface PlannedRow extends AgendaRow {
  /** The guide block this row comes from; null for a block added for this workshop. */
  blockId: string | null;
  /** Minutes actually used, once recorded. */
  actualMinutes: number | null;
  /** The title stored for this workshop; '' while a guide block keeps the guide's title. */
  ownTitle: string;
}

/**
 * The agenda a workshop follows: the guide's own while nothing was adapted, else the adapted
 * list with the guide's method, notes and worksheet for each block taken from the guide. Row ids
 * are unique and stable for the guide's blocks, so clocks and drafts keyed by them survive edits.
 */
export function plannedAgenda(guide: AgendaRow[], adapted: AgendaItem[]): PlannedRow[] {
  const rows: Omit<PlannedRow, 'start'>[] = adapted.length
    ? adapted.map((item) => {
        const row = guide.find((g) => g.id === item.blockId);
        const base = row ?? { id: 'added', kind: 'work' as const, title: '', method: '', facilitator: [], participants: [], worksheet: null };
        return { ...base, blockId: row ? row.id : null, title: item.title || base.title, ownTitle: item.title, minutes: item.plannedMinutes, actualMinutes: item.actualMinutes };
      })
    : guide.map((g) => ({ ...g, blockId: g.id, ownTitle: '', actualMinutes: null }));
  const seen = new Map<string, number>();
  let start = 0;
  return rows.map((row) => {
    const n = (seen.get(row.id) ?? 0) + 1;
    seen.set(row.id, n);
    const id = row.blockId === null || n > 1 ? `${row.id}-${n}` : row.id;
    const planned = { ...row, id, start } as PlannedRow;
    start += row.minutes;
    return planned;
  });
}

/** The list `workshops.setAgenda` stores for these rows, with the actual minutes given per row id. */
export function agendaItems(rows: PlannedRow[], actual?: (id: string) => number | null): AgendaItem[] {
  return rows.map((row) => ({
    blockId: row.blockId,
    // A guide block keeps the guide's title, in the process's language, unless it was renamed.
    title: row.blockId === null ? row.title : row.ownTitle,
    plannedMinutes: row.minutes,
    actualMinutes: actual ? actual(row.id) : row.actualMinutes,
  }));
}

/** Planned minutes of the whole agenda. */
export const plannedTotal = (rows: { minutes: number }[]) => rows.reduce((sum, r) => sum + r.minutes, 0);
