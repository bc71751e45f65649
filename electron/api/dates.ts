import { z } from 'zod';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/**
 * Whether "YYYY-MM-DD" names a day that exists. Date.parse rolls 2023-02-29 over to 1 March and
 * 2030-02-31 to 3 March, so a typing slip would be stored as another day; this checks the
 * calendar itself (leap years included).
 */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** Local date and time "YYYY-MM-DDTHH:MM" on a day that exists, 00:00 to 23:59. */
export function isCalendarDateTime(text: string): boolean {
  const match = DATE_TIME.exec(text);
  return !!match && isCalendarDate(match[1]!) && Number(match[2]) < 24 && Number(match[3]) < 60;
}

/** THE date of the contract: every date a request carries is one of these. */
export const IsoDate = z.string().refine(isCalendarDate, { message: 'invalid_date' });

/** A planned workshop's local date and time. */
export const LocalDateTime = z.string().refine(isCalendarDateTime, { message: 'invalid_date' });

/** A bound of a period to list: a date, or a date and time. */
export const DateOrDateTime = z.string().refine((v) => isCalendarDate(v) || isCalendarDateTime(v), { message: 'invalid_date' });

/**
 * THE rule for a record that runs from one day to another: an activity's start and due date, an
 * indicator's baseline and target date. The second may not come before the first; either may be
 * missing. (A review's next review must come strictly after it: see `next_before_held`.)
 */
export const endsBeforeStart = (start: string | null | undefined, end: string | null | undefined): boolean => !!start && !!end && end < start;

/** Something measured has happened: its day (YYYY-MM-DD) is not after today, the facilitator's local day. */
export const isAfterToday = (day: string, today: string): boolean => day > today;

/**
 * The locale dates and times are written in. Every interface language but English is its own
 * convention; English is spoken from Dublin to Vilnius, so it follows the operating system:
 * its English (en-GB, en-IE, en-US…), else English with the system's region ("lt-LT" gives
 * en-LT: "2 Dec 2026, 09:00"), else English as written in Europe, never US dates by default.
 */
export function dateLocale(language: string, system: readonly string[] = systemLocales()): string {
  if (language !== 'en') return language;
  const english = system.find((l) => /^en-/i.test(l));
  if (english) return english;
  const region = system.map((l) => /^[a-z]{2,3}-([A-Z]{2})\b/i.exec(l)?.[1]).find(Boolean);
  const candidate = region ? `en-${region.toUpperCase()}` : null;
  // A region without English conventions of its own would resolve to plain "en", which is US style.
  if (candidate && new Intl.DateTimeFormat(candidate).resolvedOptions().locale === candidate) return candidate;
  return 'en-150';
}

/** The operating system's languages: the browser's list on screen, the process's locale in Node. */
function systemLocales(): readonly string[] {
  const nav = (globalThis as { navigator?: { languages?: readonly string[] } }).navigator;
  return nav?.languages?.length ? nav.languages : [Intl.DateTimeFormat().resolvedOptions().locale];
}
