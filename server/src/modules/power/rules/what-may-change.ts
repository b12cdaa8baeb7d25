/**
 * What may change the balance of power soon: terms that end shortly after the as-of
 * date and influence ties that formed shortly before it.
 */
import type { FormalRole, InfluenceTie, WhatMayChangeResult } from './types.js';

export interface WhatMayChangeOptions {
  /** Terms ending within this many months after as-of; default 6. */
  termWindowMonths?: number;
  /** Ties that began within this many days before as-of; default 90. */
  newTieDays?: number;
}

const DAY_MS = 86_400_000;

/**
 * Calendar day of an ISO date or date-time, as days since the epoch. Only the date part
 * counts: "ends on 2025-06-30" must not slip a day by time zone.
 */
function dayNumber(value: string | null | undefined): number | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return null;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? null : time / DAY_MS;
}

/** Adds calendar months, clamping to the month's last day (Aug 31 + 6 months = Feb 28/29). */
function addMonths(day: number, months: number): number {
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)) / DAY_MS;
}

export function whatMayChange(
  roles: FormalRole[],
  influence: InfluenceTie[],
  asOf: string,
  options: WhatMayChangeOptions = {},
): WhatMayChangeResult {
  const today = dayNumber(asOf);
  if (today === null) throw new RangeError(`asOf '${asOf}' is not an ISO date (YYYY-MM-DD).`);
  const termEnd = addMonths(today, options.termWindowMonths ?? 6);
  const tieStart = today - (options.newTieDays ?? 90);

  const endingTerms = roles
    .map((role) => ({ role, until: dayNumber(role.until) }))
    .filter((r): r is { role: FormalRole; until: number } => r.until !== null && r.until > today && r.until <= termEnd)
    .sort((a, b) => a.until - b.until || (a.role.personId < b.role.personId ? -1 : 1))
    .map((r) => r.role);

  const newTies = influence
    .map((tie) => ({ tie, since: dayNumber(tie.since) }))
    .filter((t): t is { tie: InfluenceTie; since: number } => t.since !== null && t.since >= tieStart && t.since <= today)
    .sort((a, b) => b.since - a.since || b.tie.strength - a.tie.strength)
    .map((t) => t.tie);

  return { endingTerms, newTies };
}
