import { afterAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween } from '../../server/src/kernel/dates.js';

/** Calendar days stay whole in any server time zone, across daylight-saving changes. */
describe('calendar arithmetic on ISO dates', () => {
  const original = process.env.TZ;
  afterAll(() => {
    process.env.TZ = original;
  });

  for (const zone of ['UTC', 'Europe/Lisbon', 'America/Sao_Paulo', 'Pacific/Chatham']) {
    it(`counts whole days in ${zone}`, () => {
      // Node reads TZ again when it changes.
      process.env.TZ = zone;
      expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
      expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
      expect(addDays('2026-10-24', 7)).toBe('2026-10-31');
      expect(addDays('2026-11-01', -1)).toBe('2026-10-31');
      expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
      expect(daysBetween('2026-10-01', '2026-11-01')).toBe(31);
      expect(daysBetween('2026-11-27', '2026-11-20')).toBe(-7);
      expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
      expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
      expect(addMonths('2027-06-01', -9)).toBe('2026-09-01');
    });
  }
});
