import { localDay } from '../../api/local-time';

/**
 * Dates of the example, as days from the day it is loaded, so the case file always looks
 * current: the process began about eight months ago, the six workshops are behind it, and the
 * reviews, measurements and deadlines sit around today.
 */
export const DAYS = {
  start: -240,
  workshops: [-233, -205, -177, -149, -121, -79],
  reviews: [-66, -8],
  nextReview: 53,
  yearlyReview: 125,
} as const;

export interface Calendar {
  /** The calendar date `days` from today (negative: in the past), "YYYY-MM-DD". */
  day(days: number): string;
  /** Like `day`, moved to the next Monday when it falls on a weekend: a date people meet on. */
  meeting(days: number): string;
  /** The date of workshop `n` (1–6). */
  workshop(n: number): string;
}

export function calendar(now: Date): Calendar {
  const at = (days: number) => new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const meeting = (days: number) => {
    const weekday = at(days).getDay();
    return localDay(at(days + (weekday === 6 ? 2 : weekday === 0 ? 1 : 0)));
  };
  return {
    day: (days) => localDay(at(days)),
    meeting,
    workshop: (n) => meeting(DAYS.workshops[n - 1]!),
  };
}

/** "5 March 2027": a date as the minutes write it in running text (the example is in English). */
export function spoken(isoDate: string): string {
  return new Date(`${isoDate}T12:00:00`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}
