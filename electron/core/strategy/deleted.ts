import type { Db } from '../db/open';

/** The tables whose deleted rows are kept for an undo (migration 0150), children before parents. */
const UNDOABLE = ['measurements', 'indicators', 'activities', 'objectives', 'stakeholders', 'reviews'] as const;

/**
 * Removes for good the strategy records deleted in this session. "Undo" is offered only for a few
 * seconds on the screen where the delete happened, so nothing can bring them back after the app
 * closes; left in the file, deleted notes about people would stay on the stick for years. The
 * backup taken on quit, just before, still holds them. Run on quit, and on start for a session
 * that ended without one (a crash, a killed process).
 */
export function purgeDeletedRecords(db: Db): number {
  // Reads only (partial indexes): nothing is written to a file with nothing to remove.
  if (!UNDOABLE.some((table) => db.prepare(`SELECT 1 FROM ${table} WHERE deleted_at IS NOT NULL LIMIT 1`).get())) return 0;
  let removed = 0;
  db.transaction(() => {
    for (const table of UNDOABLE) removed += db.prepare(`DELETE FROM ${table} WHERE deleted_at IS NOT NULL`).run().changes;
  })();
  return removed;
}
