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

  // Dates repeat across thousands of roles and ties: each distinct one is read once.
  const days = new Map<string, number | null>();
  const dayOf = (value: string | null | undefined): number | null => {
    if (!value) return null;
    let day = days.get(value);
    if (day === undefined) days.set(value, (day = dayNumber(value)));
    return day;
  };

  const ending: Array<{ role: FormalRole; until: number }> = [];
  for (const role of roles) {
    const until = dayOf(role.until);
    if (until !== null && until > today && until <= termEnd) ending.push({ role, until });
  }
  const endingTerms = ending.sort((a, b) => a.until - b.until || (a.role.personId < b.role.personId ? -1 : 1)).map((r) => r.role);

  const formed: Array<{ tie: InfluenceTie; since: number }> = [];
  for (const tie of influence) {
    const since = dayOf(tie.since);
    if (since !== null && since >= tieStart && since <= today) formed.push({ tie, since });
  }
  const newTies = formed.sort((a, b) => b.since - a.since || b.tie.strength - a.tie.strength).map((t) => t.tie);

  return { endingTerms, newTies };
}
