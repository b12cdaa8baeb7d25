import { addMonths } from '../../../kernel/dates.js';

/** Dossier data is kept this many months after the last activity unless a person's record says otherwise. */
export const DEFAULT_RETENTION_MONTHS = 24;
export const RETENTION_MONTHS_RANGE = { min: 1, max: 120 } as const;

export interface RetentionFacts {
  noticeOn: string | null;
  /** The day the dossier was last written. */
  dossierOn: string | null;
  /** The day of the latest interaction the person took part in. */
  lastContactOn: string | null;
  /** True when a dossier, or interaction notes or outcomes, are held. */
  holdsDossierData: boolean;
  retentionMonths: number | null;
}

/**
 * The day the dossier data goes: the retention period counted from the latest of the
 * notice, the last dossier write and the last interaction (an ongoing relationship keeps
 * it current). Null when nothing is held, or no day is known to count from.
 */
export function retainUntil(facts: RetentionFacts): string | null {
  if (!facts.holdsDossierData) return null;
  const days = [facts.noticeOn, facts.dossierOn, facts.lastContactOn].filter((d): d is string => d !== null).sort();
  const latest = days[days.length - 1];
  return latest ? addMonths(latest, facts.retentionMonths ?? DEFAULT_RETENTION_MONTHS) : null;
}

/** Past retention on `today`: the day it ran out has gone by. */
export function pastRetention(facts: RetentionFacts, today: string): boolean {
  const until = retainUntil(facts);
  return until !== null && until < today;
}
