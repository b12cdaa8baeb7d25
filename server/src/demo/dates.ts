/**
 * Calendar arithmetic relative to the demo's `today`. Every date in the demo is an
 * offset from it, so a fixed `today` gives a fixed graph and "as of" questions keep
 * their answers over time.
 */
import type { Rng } from './prng.js';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export class Calendar {
  readonly today: string;
  readonly year: number;
  private readonly baseMs: number;
  // A million ties share a few thousand distinct dates: caching keeps one string per day.
  private readonly cache = new Map<number, string>();

  constructor(today: string) {
    const match = ISO_DATE.exec(today);
    const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
    if (!match || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== today) {
      throw new RangeError(`DemoOptions.today must be an ISO date like 2026-11-27, got "${today}"`);
    }
    this.today = today;
    this.year = Number(match[1]);
    this.baseMs = ms;
  }

  /** The ISO date `offset` days from today (negative is the past). */
  day(offset: number): string {
    let iso = this.cache.get(offset);
    if (iso === undefined) {
      iso = new Date(this.baseMs + offset * DAY_MS).toISOString().slice(0, 10);
      this.cache.set(offset, iso);
    }
    return iso;
  }
}

/** A validity window as day offsets from today; `until` absent means still valid. */
export interface Window {
  since: number;
  until?: number;
}

/**
 * Where a tie sits in time. A share are new (started in the last 3 months) and a share
 * have ended, so the graph as of today differs from the graph as of a few months ago.
 */
export function tieWindow(rng: Rng, maxYears = 12, newShare = 0.06, endedShare = 0.06): Window {
  const r = rng.next();
  if (r < newShare) return { since: -rng.range(1, 90) };
  if (r < newShare + endedShare) {
    const until = -rng.range(1, 540);
    return { since: until - rng.range(180, 365 * 6), until };
  }
  return { since: -rng.range(91, 365 * maxYears) };
}

/** Writes since/until into props, leaving out `until` when the tie is still valid. */
export function putWindow(
  props: Record<string, string | number | boolean | string[] | null>,
  calendar: Calendar,
  window: Window,
): void {
  props.since = calendar.day(window.since);
  if (window.until !== undefined) props.until = calendar.day(window.until);
}
