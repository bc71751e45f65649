/**
 * Dates and times as the app stores them: the facilitator's local calendar and clock, never UTC
 * (a workshop at 09:00 in Riga is at 09:00 on every page). Shared by the core and the screens.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of `date`, "YYYY-MM-DD". */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local date and time of `date` to the minute, "YYYY-MM-DDTHH:MM", as meeting times are stored. */
export function localMinute(date: Date): string {
  return `${localDay(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A stored "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" as a Date on this computer's clock (midnight without a time). */
export function fromLocal(value: string): Date {
  const [day, time] = value.split('T');
  const [y, m, d] = day!.split('-').map(Number);
  const [hh, mm] = (time ?? '00:00').split(':').map(Number);
  return new Date(y!, m! - 1, d!, hh, mm);
}

/** Minutes into a workshop as a clock, "H:MM" (0:00 to 3:00 for the 180 minutes). */
export const agendaClock = (minutes: number) => `${Math.floor(minutes / 60)}:${pad(minutes % 60)}`;
