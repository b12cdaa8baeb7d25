import { describe, it, expect } from 'vitest';
import { whatMayChange } from '../../server/src/modules/power/rules/what-may-change.js';
import type { FormalRole, InfluenceTie } from '../../server/src/modules/power/rules/types.js';

function seat(personId: string, until: string | null): FormalRole {
  return { personId, kind: 'committee', role: 'chair', atId: 'c1', atName: 'Formulary Committee', until };
}

function tie(from: string, since: string | null, strength = 0.5): InfluenceTie {
  return { from, to: 'x', strength, since };
}

describe('whatMayChange', () => {
  const asOf = '2026-03-15';

  it('lists terms ending in (asOf, asOf + 6 months], soonest first', () => {
    const { endingTerms } = whatMayChange(
      [
        seat('today', '2026-03-15'),
        seat('tomorrow', '2026-03-16'),
        seat('edge', '2026-09-15'),
        seat('late', '2026-09-16'),
        seat('past', '2025-12-31'),
        seat('open', null),
        seat('datetime', '2026-05-01T23:30:00+03:00'),
      ],
      [],
      asOf,
    );
    expect(endingTerms.map((r) => r.personId)).toEqual(['tomorrow', 'datetime', 'edge']);
  });

  it('lists ties formed in [asOf - 90 days, asOf], newest first', () => {
    const { newTies } = whatMayChange(
      [],
      [tie('edge', '2025-12-15'), tie('before', '2025-12-14'), tie('today', '2026-03-15'), tie('future', '2026-03-16'), tie('recent', '2026-02-01'), tie('unknown', null)],
      asOf,
    );
    expect(newTies.map((t) => t.from)).toEqual(['today', 'recent', 'edge']);
  });

  it('takes custom windows and clamps month ends', () => {
    const result = whatMayChange(
      [seat('feb-end', '2027-02-28'), seat('mar-1', '2027-03-01')],
      [tie('week', '2026-08-25'), tie('older', '2026-08-23')],
      '2026-08-31',
      { termWindowMonths: 6, newTieDays: 7 },
    );
    // Aug 31 + 6 months is Feb 28 (2027 is not a leap year).
    expect(result.endingTerms.map((r) => r.personId)).toEqual(['feb-end']);
    expect(result.newTies.map((t) => t.from)).toEqual(['week']);
    expect(() => whatMayChange([], [], 'soon')).toThrow(RangeError);
  });
});
