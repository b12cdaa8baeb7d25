// Calendar dates as the API speaks them: `YYYY-MM-DD` strings. The arithmetic is date-fns on
// local calendar days (no time of day, so no daylight-saving or time-zone shift); what the
// user reads (names of days and months, "in 3 days", a date in figures) is Intl's, in the
// current locale (shared/i18n).
import { addDays as addCalendarDays, addMonths, differenceInCalendarDays, differenceInCalendarMonths, format, parseISO, setDate, startOfMonth } from 'date-fns';
import { currentLocale, intlTag, tr } from './i18n/intl.js';

export { isIsoDate } from './iso-date.js';

const ISO = 'yyyy-MM-dd';

const day = (date: string) => parseISO(date);
const iso = (date: Date) => format(date, ISO);

/** Today on the user's calendar (the API's "today" is the server's local date). */
export function localToday(now: Date = new Date()): string {
  return iso(now);
}

export function addDays(date: string, days: number): string {
  return iso(addCalendarDays(day(date), days));
}

/** Whole days from a to b (negative when b is before a). */
export function daysBetween(a: string, b: string): number {
  return differenceInCalendarDays(day(b), day(a));
}

/** Months from a to b on the calendar, days ignored (negative when b is before a). */
export function monthsBetween(a: string, b: string): number {
  return differenceInCalendarMonths(day(b), day(a));
}

/** The same day of the month `months` later (negative: earlier), clamped to the 28th so every month has it. */
export function shiftMonths(date: string, months: number): string {
  const d = day(date);
  return iso(setDate(addMonths(startOfMonth(d), months), Math.min(d.getDate(), 28)));
}

/** Months until a date (negative when past), in average months: terms ending soon are flagged with it. */
export function monthsUntil(today: string, date: string): number {
  return daysBetween(today, date) / 30.44;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function names(date: string, options: Intl.DateTimeFormatOptions): string {
  const key = `${intlTag()} ${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(intlTag(), options)));
  return f.format(day(date));
}

/** A date in figures: dd/MM/yyyy in Portuguese; English keeps the API's ISO 8601 (`2026-01-12`), never the American month first. */
export function numericDate(date: string): string {
  if (currentLocale() === 'en') return date;
  return names(date, { day: '2-digit', month: '2-digit', year: 'numeric' });
}

/** "28 Nov" this year, "4 Jan 2027" otherwise (in Portuguese "28/11", "4 de jan. de 2027"). */
export function shortDate(date: string, today: string): string {
  return date.slice(0, 4) === today.slice(0, 4) ? names(date, { day: 'numeric', month: 'short' }) : names(date, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** "Today", "Tomorrow", "Yesterday", else "Mon 30 Nov" (with the year when not this year). */
export function dayLabel(date: string, today: string): string {
  const diff = daysBetween(today, date);
  if (diff >= -1 && diff <= 1) return tr('dates.nearDay', { day: diff < 0 ? 'yesterday' : diff > 0 ? 'tomorrow' : 'today' });
  return tr('dates.weekdayDate', { weekday: names(date, { weekday: 'short' }), date: shortDate(date, today) });
}

const relative = new Map<string, Intl.RelativeTimeFormat>();
/** "in 3 days", "today", "2 days ago": how far a due date is (Intl's relative time, in the locale). */
export function relativeDays(date: string, today: string): string {
  const tag = intlTag();
  let f = relative.get(tag);
  if (!f) relative.set(tag, (f = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' })));
  return f.format(daysBetween(today, date), 'day');
}

/** A tie's validity as words: "since 2024-03-01", "until 2027-01-01", "2021-01-01 – 2024-06-30"; empty when open on both ends. */
export function periodText(since: string | null | undefined, until: string | null | undefined): string {
  if (since && until) return `${numericDate(since)} – ${numericDate(until)}`;
  // The tie words' own messages (read-model-words imports this module, so not through it).
  if (since) return tr('tieWords.since', { date: numericDate(since) });
  if (until) return tr('tieWords.until', { date: numericDate(until) });
  return '';
}
