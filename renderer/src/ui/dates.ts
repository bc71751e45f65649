/**
 * Dates as the meeting room's clock has them (local time, no time zone), written the way the app
 * stores them: "YYYY-MM-DD" and "YYYY-MM-DDTHH:MM".
 */
const pad = (n: number) => String(n).padStart(2, '0');

/** "YYYY-MM-DD" of a local date. */
export const localDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** "YYYY-MM-DDTHH:MM" of a moment, in local time. */
export const localStamp = (epoch: number) => {
  const d = new Date(epoch);
  return `${localDay(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

export const todayIso = () => localDay(new Date());

/** `days` after a "YYYY-MM-DD" (the calendar's days, whatever the clock change). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return localDay(new Date(y!, m! - 1, d! + days));
}

/** The same day a year later; 29 February moves to 1 March. */
export function yearAfter(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return localDay(new Date(y! + 1, m! - 1, d!));
}

/** Minutes from the start of a session as an agenda shows them: "1:05". */
export const agendaClock = (minutes: number) => `${Math.floor(minutes / 60)}:${pad(minutes % 60)}`;
