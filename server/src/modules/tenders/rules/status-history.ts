/**
 * A tender's status history, stored as a list of `YYYY-MM-DD status` (import writes it the
 * same way), oldest first.
 */
import type { TenderStatus } from '../../../__generated__/vocabulary.js';
import { TENDER_STATUSES } from '../../graph/model.js';

export interface StatusChange {
  status: TenderStatus;
  on: string | null;
}

export function readStatusHistory(stored: readonly string[]): StatusChange[] {
  return stored
    .map((item) => {
      const [first, second] = item.trim().split(/\s+/);
      const dated = first && /^\d{4}-\d{2}-\d{2}$/.test(first);
      const word = (dated ? second : first)?.toLowerCase() as TenderStatus;
      return (TENDER_STATUSES as readonly string[]).includes(word) ? { status: word, on: dated ? first! : null } : null;
    })
    .filter((change): change is StatusChange => change !== null)
    .sort((a, b) => (a.on ?? '').localeCompare(b.on ?? ''));
}

/** The history with a new status on a day (a second change the same day replaces the first). */
export function appendStatus(stored: readonly string[], status: TenderStatus, on: string): string[] {
  const kept = readStatusHistory(stored).filter((c) => c.on !== on);
  return [...kept, { status, on }].map((c) => (c.on ? `${c.on} ${c.status}` : c.status));
}
