import type { StrategyRecord } from '@api/strategy';
import type { WorkshopRecord } from '@api/workshops';
import { api } from '../api';

export const ENTRY_SOURCES = ['startingPoints', 'stakeholders', 'objectives', 'activities', 'typed'] as const;
export type EntrySource = (typeof ENTRY_SOURCES)[number];

/**
 * The entries a dot vote can be over, from the case file: the themes noted as starting points in
 * workshop 1, the stakeholders, objectives or activities of the strategy. The facilitator edits
 * the list before opening the round.
 */
export async function entriesFrom(source: EntrySource, processId: string, workshops: { id: string; number: number }[]): Promise<string[]> {
  if (source === 'typed') return [];
  if (source === 'startingPoints') {
    const first = workshops.find((w) => w.number === 1);
    if (!first) return [];
    const r = await api['workshops.get']({ id: first.id });
    if (!r.ok) return [];
    const themes = (r.value as WorkshopRecord).answers['ws1-starting-points']?.themes;
    return Array.isArray(themes) ? themes.map((row) => String(row.theme ?? '').trim()).filter(Boolean) : [];
  }
  const r = await api['strategy.get']({ processId });
  if (!r.ok) return [];
  const s: StrategyRecord = r.value;
  if (source === 'stakeholders') return s.stakeholders.map((x) => x.name);
  if (source === 'objectives') return s.objectives.map((x) => x.title);
  return s.activities.map((x) => x.title);
}

/** One entry per non-empty line, each kept as typed (trimmed), at most `max`. */
export const lines = (text: string, max: number) => text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, max);
