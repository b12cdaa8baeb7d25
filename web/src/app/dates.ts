// Calendar dates as the API speaks them: `YYYY-MM-DD` strings, compared as text and
// computed in UTC so that a day never shifts with the browser's time zone.

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today on the user's calendar (the API's "today" is the server's local date). */
export function localToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function isIsoDate(value: string | null | undefined): value is string {
  if (!value || !DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from a to b (negative when b is before a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' });
const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const DAY_MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "28 Nov" this year, "4 Jan 2027" otherwise. */
export function shortDate(date: string, today: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return date.slice(0, 4) === today.slice(0, 4) ? DAY_MONTH.format(d) : DAY_MONTH_YEAR.format(d);
}

/** "Today", "Tomorrow", "Yesterday", else "Mon 30 Nov" (with the year when not this year). */
export function dayLabel(date: string, today: string): string {
  const diff = daysBetween(today, date);
  if (diff === 0) return 'Today';
  if (diff === 1) return 'Tomorrow';
  if (diff === -1) return 'Yesterday';
  return `${WEEKDAY.format(new Date(`${date}T00:00:00Z`))} ${shortDate(date, today)}`;
}

/** "in 3 days", "today", "2 days ago": how far a due date is. */
export function relativeDays(date: string, today: string): string {
  const diff = daysBetween(today, date);
  if (diff === 0) return 'today';
  if (diff === 1) return 'tomorrow';
  if (diff === -1) return 'yesterday';
  return diff > 0 ? `in ${diff} days` : `${-diff} days ago`;
}
