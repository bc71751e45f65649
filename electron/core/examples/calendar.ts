import { localDay } from '../../api/local-time';
import { RULES } from '../../api/rules';

/**
 * Weeks between consecutive workshops of the example: within the rhythm the guides ask for
 * (rules.json), with the longer gap before workshop 6 so that the first activities can start.
 */
export const GAPS_IN_WEEKS = [2, 2, 3, 2, RULES.workshopGapWeeksMax] as const;
const LAST_WORKSHOP = -79;
const workshopDays = GAPS_IN_WEEKS.reduceRight<number[]>((days, weeks) => [days[0]! - weeks * 7, ...days], [LAST_WORKSHOP]) as [number, number, number, number, number, number];

/**
 * Dates of the example, as days from the day it is loaded, so the case file always looks
 * current: the process began about six months ago, the six workshops are behind it, and the
 * reviews, measurements and deadlines sit around today.
 */
export const DAYS = {
  start: workshopDays[0]! - 7,
  workshops: workshopDays,
  reviews: [-66, -8],
  nextReview: 53,
  /** The yearly review, the rules' number of months after workshop 6. */
  yearlyReview: LAST_WORKSHOP + Math.round((RULES.yearlyReviewMonths * 365) / 12),
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
