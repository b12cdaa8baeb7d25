/**
 * What day it is. The server, the demo seeder and the tests take a Clock instead of reading
 * the system time, so that a test can pin "today" and a demo seeded on a given day stays
 * alive relative to that day (plans in progress, a proposal due, terms about to end).
 */
export interface Clock {
  /** Today as an ISO date (`YYYY-MM-DD`, UTC). */
  today(): string;
  /** This instant. */
  now(): Date;
}

export const systemClock: Clock = {
  today: () => new Date().toISOString().slice(0, 10),
  now: () => new Date(),
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A clock stopped at the start of `day` (UTC): for tests and reproducible runs. */
export function fixedClock(day: string): Clock {
  if (!ISO_DATE.test(day) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) {
    throw new RangeError(`fixedClock needs an ISO date like 2026-11-27, got "${day}"`);
  }
  return { today: () => day, now: () => new Date(`${day}T12:00:00Z`) };
}
