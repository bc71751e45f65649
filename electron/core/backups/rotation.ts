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

/**
 * The backups to keep (grandfather-father-son): going from the newest back, the first of each
 * day until 7 days are kept, of each week until 4, of each month until 12. The newest backup is
 * always kept, whatever its day.
 */
export function toKeep(backups: readonly Dated[]): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const keep = new Set<string>();
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
