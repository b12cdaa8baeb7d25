import { describe, expect, it } from 'vitest';
import { canonicalProjection } from '../../server/src/modules/power/rules/canonical.js';
import { mergeInfluenceTies } from '../../server/src/modules/power/rules/influence-ties.js';
import { patchProjection } from '../../server/src/modules/power/rules/patch-projection.js';
import { createSeededRandom } from '../../server/src/modules/power/rules/seeded-random.js';
import type { Participation } from '../../server/src/modules/evidence/rules/types.js';
import type { FormalRole, InfluenceTie, PowerProjection, ProjectedPerson, StanceTie } from '../../server/src/modules/power/rules/types.js';

/**
 * A projection patched after a write must be exactly what sorting everything again gives
 * (rules/canonical.ts): the measures depend on the order of their input.
 */
function randomParts(random: () => number, ids: readonly string[], tieEnds: readonly string[], ties: number) {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const maybe = <T>(value: T) => (random() < 0.5 ? value : null);
  const influence: InfluenceTie[] = Array.from({ length: ties }, () => ({
    from: pick(tieEnds),
    // A few ties to someone outside the people (never expected, still ordered).
    to: random() < 0.02 ? `outside-${Math.floor(random() * 3)}` : pick(tieEnds),
    strength: pick([0.2, 0.5, 0.8, 1.2]),
    confidence: maybe(pick([0.5, 1])),
    domain: maybe(pick(['area-a', 'area-b'])),
    domainName: null,
    since: maybe(pick(['2024-01-01', '2025-06-30', '2026-11-01T10:00:00Z'])),
    until: null,
    basis: maybe('met at congress'),
    source: null,
  }));
  const roles: FormalRole[] = ids.flatMap((personId) =>
    random() < 0.5 ? [{ personId, kind: pick(['position', 'committee'] as const), role: pick(['chair', 'member']), atId: pick(['i1', 'i2']), atName: 'At', since: maybe('2020-01-01'), until: maybe('2027-01-01') }] : [],
  );
  const stances: StanceTie[] = ids.flatMap((personId) => (random() < 0.3 ? [{ personId, value: pick([-2, 0, 2]), towardOurs: random() < 0.5 }] : []));
  const works: Participation[] = ids.flatMap((personId) =>
    random() < 0.3 ? [{ personId, workId: pick(['w1', 'w2', 'w3']), kind: 'publication', date: '2025-01-01', label: 'PMID 1', title: 'T', matchScore: 1, areaIds: pick([['area-a'], []]) } as Participation] : [],
  );
  return { influence, roles, stances, works };
}

function scenario(seed: number, options: { dropOnePerson?: boolean } = {}) {
  const random = createSeededRandom(seed);
  const ids = Array.from({ length: 60 }, (_, i) => `p${String((i * 37) % 60).padStart(3, '0')}`);
  const people: ProjectedPerson[] = ids.map((id) => ({ id, name: `Name ${id}` }));
  // The same id twice (first row wins elsewhere): its position is still one.
  people.push({ id: ids[5]!, name: 'Another name' });
  const kept = canonicalProjection({ people, ...randomParts(random, ids, ids, 400) });
  const touched = new Set([ids[3]!, ids[17]!, ids[40]!]);
  const freshIds = [...touched].filter((id, i) => !(options.dropOnePerson && i === 0));
  const freshPeople: ProjectedPerson[] = freshIds.map((id) => ({ id, name: `Renamed ${id}`, optedOut: random() < 0.5 }));
  const parts = randomParts(random, freshIds, freshIds, 0);
  // Fresh ties: every tie with an end among the touched, as the database returns them.
  const freshTies = randomParts(random, ids, ids, 120).influence.map((tie, i) => ({ ...tie, [i % 2 ? 'from' : 'to']: freshIds[i % freshIds.length]! }));
  const fresh: PowerProjection = { people: freshPeople, ...parts, influence: freshTies };
  return { kept, touched, fresh };
}

function sortedWhole(kept: PowerProjection, touched: ReadonlySet<string>, fresh: PowerProjection): PowerProjection {
  const copy = structuredClone({ kept, fresh });
  const untouched = <T extends { personId: string }>(list: readonly T[]) => list.filter((item) => !touched.has(item.personId));
  return canonicalProjection({
    people: [...copy.kept.people.filter((p) => !touched.has(p.id)), ...copy.fresh.people],
    influence: [...copy.kept.influence.filter((t) => !touched.has(t.from) && !touched.has(t.to)), ...copy.fresh.influence],
    roles: [...untouched(copy.kept.roles), ...copy.fresh.roles],
    stances: [...untouched(copy.kept.stances), ...copy.fresh.stances],
    works: [...untouched(copy.kept.works ?? []), ...(copy.fresh.works ?? [])],
  });
}

describe('patchProjection', () => {
  it('inserts the fresh parts exactly where sorting everything again puts them', () => {
    for (let seed = 1; seed <= 25; seed += 1) {
      const { kept, touched, fresh } = scenario(seed);
      const expected = sortedWhole(kept, touched, fresh);
      expect(patchProjection(kept, touched, fresh), `seed ${seed}`).toEqual(expected);
    }
  });

  it('sorts whole when a touched person was not read again, with the same answer', () => {
    const { kept, touched, fresh } = scenario(7, { dropOnePerson: true });
    const expected = sortedWhole(kept, touched, fresh);
    const patched = patchProjection(kept, touched, fresh);
    expect(patched.people.length).toBe(kept.people.length - 1);
    expect(patched).toEqual(expected);
  });

  it('gives the merged ties the same order either way', () => {
    const { kept, touched, fresh } = scenario(11);
    const ids = new Set(kept.people.map((p) => p.id));
    expect(mergeInfluenceTies(patchProjection(kept, touched, fresh).influence, ids)).toEqual(mergeInfluenceTies(sortedWhole(kept, touched, fresh).influence, ids));
  });
});

/** The merge as first written (a map by pair, in any order): what the one-pass merge must equal. */
function mergedByMap(ties: readonly InfluenceTie[], personIds: ReadonlySet<string>): InfluenceTie[] {
  const byPair = new Map<string, InfluenceTie>();
  for (const tie of ties) {
    if (tie.from === tie.to || !personIds.has(tie.from) || !personIds.has(tie.to)) continue;
    const weight = Math.min(1, tie.strength) * (tie.confidence ?? 1);
    if (!(weight > 0)) continue;
    const key = `${tie.from}\u0000${tie.to}`;
    const seen = byPair.get(key);
    if (seen && weight <= seen.weight!) continue;
    byPair.set(key, { ...tie, strength: Math.min(1, tie.strength), weight });
  }
  return [...byPair.values()];
}

describe('mergeInfluenceTies', () => {
  it('merges repeats of a pair into the weightiest, in canonical order and in any other', () => {
    for (let seed = 1; seed <= 10; seed += 1) {
      const { kept } = scenario(seed);
      const ids = new Set(kept.people.map((p) => p.id));
      const canonical = structuredClone(kept.influence);
      expect(mergeInfluenceTies(canonical, ids), `seed ${seed}, canonical`).toEqual(mergedByMap(kept.influence, ids));
      const random = createSeededRandom(seed);
      const shuffled = structuredClone(kept.influence).sort(() => random() - 0.5);
      expect(mergeInfluenceTies(shuffled, ids), `seed ${seed}, shuffled`).toEqual(mergedByMap(shuffled, ids));
    }
  });
});
