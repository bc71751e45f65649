import { localDay } from '../../api/local-time';

/** How many backups rotation keeps: the newest of each of the last 7 days, 4 weeks and 12 months that have one. */
export const KEEP = { days: 7, weeks: 4, months: 12 } as const;

export interface Dated {
  name: string;
  takenAt: Date;
}

/** Monday of the local week of `d`, as "YYYY-MM-DD": the key of a week. */
function weekOf(d: Date): string {
  const monday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7));
  return localDay(monday);
}

/** Every backup this close to the newest is kept, whatever the day holds. */
const RECENT_MS = 24 * 60 * 60 * 1000;

/**
 * The backups to keep (grandfather-father-son): going from the newest back, the first of each
 * day until 7 days are kept, of each week until 4, of each month until 12. Every backup of the
 * last 24 hours is kept as well, so that the backup taken before a restore, a purge or an import
 * is still there after the backup on quit the same evening.
 */
export function toKeep(backups: readonly Dated[]): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const keep = new Set<string>();
  const newest = newestFirst[0]?.takenAt.getTime() ?? 0;
  for (const b of newestFirst) if (newest - b.takenAt.getTime() <= RECENT_MS) keep.add(b.name);
  const periods: [(d: Date) => string, number][] = [[localDay, KEEP.days], [weekOf, KEEP.weeks], [(d) => localDay(d).slice(0, 7), KEEP.months]];
  for (const [keyOf, limit] of periods) {
    const seen = new Set<string>();
    for (const b of newestFirst) {
      const key = keyOf(b.takenAt);
      if (seen.has(key) || seen.size >= limit) continue;
      seen.add(key);
      keep.add(b.name);
    }
  }
  return keep;
}
