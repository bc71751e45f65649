import type { StrategyRecord } from '@api/strategy';
import { api } from '../api';
import { offerUndo } from '../ui/undo';
import type { ApplyChange } from './useStrategy';

/** The strategy's records that are deleted softly and can be brought back. */
export type UndoableRecord = 'stakeholders' | 'objectives' | 'activities' | 'indicators' | 'measurements' | 'reviews';

/**
 * Deletes a record at once, without asking first, and offers "Undo" (`message` says what went):
 * the app keeps the record, so nothing is lost to a slip of the mouse. Answers whether it was deleted.
 */
export async function deleteWithUndo(apply: ApplyChange, kind: UndoableRecord, id: string, message: string, onRestored?: (strategy: StrategyRecord) => void): Promise<boolean> {
  const r = await apply(api[`${kind}.delete`]({ id }));
  if (r.ok) {
    offerUndo({
      message,
      undo: async () => {
        const back = await apply(api[`${kind}.restore`]({ id }));
        if (back.ok) onRestored?.(back.value);
        return back.ok;
      },
    });
  }
  return r.ok;
}

/** `list` with `item` back at `index` (or at the end), unless it is there already. */
export const putBack = <T,>(list: readonly T[], item: T, index: number): T[] =>
  list.includes(item) ? [...list] : [...list.slice(0, index), item, ...list.slice(index)];
