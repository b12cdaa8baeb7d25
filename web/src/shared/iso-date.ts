// Apart from dates.ts: the map's URL is read by the app's small first script (main.tsx sends
// the map's query before the app loads), which should carry only this much of date-fns.
import { isValid, parseISO } from 'date-fns';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written `YYYY-MM-DD` (not 2026-02-30). */
export function isIsoDate(value: string | null | undefined): value is string {
  return !!value && DATE.test(value) && isValid(parseISO(value));
}
