/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`): plans' due days, follow-ups, tender
 * preparation. Dates carry no time of day, so they are read and written as local calendar
 * days, which date-fns keeps whole across daylight-saving changes.
 */
import { addDays as addDaysTo, addMonths as addMonthsTo, differenceInCalendarDays, formatISO, parseISO } from 'date-fns';

const asIso = (date: Date) => formatISO(date, { representation: 'date' });

export function addDays(iso: string, days: number): string {
  return asIso(addDaysTo(parseISO(iso), days));
}

/** Adds calendar months, keeping to the month's last day (Aug 31 + 6 months = Feb 28/29). */
export function addMonths(iso: string, months: number): string {
  return asIso(addMonthsTo(parseISO(iso), months));
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}
