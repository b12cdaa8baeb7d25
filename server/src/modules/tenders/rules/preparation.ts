import { addMonths } from '../../../kernel/dates.js';

/** Preparation of a tender starts about 9 months before it is held (docs/domain.md#who-is-in-the-graph). */
export const TENDER_PREPARATION_MONTHS = 9;

/** When preparing a tender held on `date` should start. */
export function preparationStartOf(date: string): string {
  return addMonths(date, -TENDER_PREPARATION_MONTHS);
}
