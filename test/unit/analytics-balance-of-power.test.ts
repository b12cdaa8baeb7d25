import { describe, it, expect } from 'vitest';
import { DirectedGraph } from 'graphology';
import { renderMessage } from '../../server/src/kernel/i18n/catalogue.js';
import {
  computeBalanceOfPower,
  DEFAULT_POWER_WEIGHTS,
} from '../../server/src/modules/power/rules/balance-of-power.js';
import { computeBetweenness } from '../../server/src/modules/power/rules/brokerage.js';
import {
  COMMITTEE_ROLE_WEIGHTS,
  DECISION_ROLE_WEIGHTS,
  POSITION_WEIGHTS,
} from '../../server/src/modules/power/rules/formal-power.js';
import { createSeededRandom } from '../../server/src/modules/power/rules/seeded-random.js';
import type {
  FormalRole,
  InfluenceTie,
  PowerProjection,
  PowerScoreResult,
  StanceTie,
} from '../../server/src/modules/power/rules/types.js';

function people(...ids: string[]) {
  return ids.map((id) => ({ id, name: `Dr. ${id.toUpperCase()}` }));
}

function tie(from: string, to: string, strength = 1, basis: string | null = null): InfluenceTie {
  return { from, to, strength, basis };
}

function mutual(a: string, b: string, strength = 1): InfluenceTie[] {
  return [tie(a, b, strength), tie(b, a, strength)];
}

function projection(partial: Partial<PowerProjection> & { people: PowerProjection['people'] }): PowerProjection {
  return { influence: [], roles: [], stances: [], ...partial };
}

function entry(ranking: PowerScoreResult[], id: string): PowerScoreResult {
  const found = ranking.find((r) => r.personId === id);
  if (!found) throw new Error(`no ranking entry for ${id}`);
  return found;
}

/** A factor with its evidence worded in English, as the API words it for an English reader. */
function factorOf(result: PowerScoreResult, name: string) {
  const found = result.explanation.find((f) => f.factor === name);
  if (!found) throw new Error(`no ${name} factor`);
  return { ...found, evidence: found.evidence.map(({ message, ...rest }) => ({ description: renderMessage(message, 'en'), ...rest })) };
}

describe('formal power weights', () => {
  it('publishes the documented tables', () => {
    expect(COMMITTEE_ROLE_WEIGHTS).toEqual({ chair: 1, secretary: 0.6, expert: 0.5, member: 0.4 });
    expect(POSITION_WEIGHTS).toEqual({ head: 1, other: 0.2 });
    expect(DECISION_ROLE_WEIGHTS.decision_maker).toBe(1);
    expect(DECISION_ROLE_WEIGHTS.specification_author).toBe(0.8);
    expect(DECISION_ROLE_WEIGHTS.user).toBe(0.3);
    expect(DEFAULT_POWER_WEIGHTS).toEqual({ formal: 0.4, influence: 0.4, brokerage: 0.2 });
  });
});

describe('computeBalanceOfPower', () => {
  it('ranks the hub of an influence star first and explains it by its ties', () => {
    const result = computeBalanceOfPower(
      projection({
        people: people('h', 'a', 'b', 'c', 'd'),
        influence: ['a', 'b', 'c', 'd'].map((leaf, i) => tie('h', leaf, 0.8 - i * 0.1, 'science')),
      }),
    );
    expect(result.ranking.map((r) => r.personId)).toEqual(['h', 'a', 'b', 'c', 'd']);
    expect(result.ranking.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    const hub = entry(result.ranking, 'h');
    // Only the hub sways anyone, and nobody stands between two others.
    expect(factorOf(hub, 'influence').value).toBe(1);
    expect(hub.score).toBeCloseTo(0.4, 12);
    expect(entry(result.ranking, 'a').score).toBe(0);
    const evidence = factorOf(hub, 'influence').evidence;
    expect(evidence[0]).toEqual({ description: 'influences Dr. A (0.80, science)', value: 0.8, ids: ['h', 'a'], source: null, confidence: null });
    expect(evidence.map((e) => e.value)).toEqual([0.8, 0.7, 0.6, 0.5].map((v) => expect.closeTo(v, 10)));
  });

  it('weighs every tie and role by its confidence, and names the source and area behind the evidence', () => {
    // Two hubs sway the same people equally strongly; the one whose ties we are sure of wins.
    const sure = ['a', 'b', 'c', 'd'].map((leaf) => ({ ...tie('s', leaf, 0.8, 'science'), confidence: 0.9, source: 'publication' }));
    const unsure = ['c', 'd', 'a', 'b'].map((leaf) => ({ ...tie('u', leaf, 0.8, 'science'), confidence: 0.4, source: 'congress 2025', domain: 'area-onc', domainName: 'Oncology' }));
    const result = computeBalanceOfPower(projection({ people: people('s', 'u', 'a', 'b', 'c', 'd'), influence: [...sure, ...unsure] }));
    expect(result.ranking[0]!.personId).toBe('s');
    expect(factorOf(entry(result.ranking, 'u'), 'influence').value).toBeLessThan(factorOf(entry(result.ranking, 's'), 'influence').value);
    expect(factorOf(entry(result.ranking, 'u'), 'influence').evidence[0]).toEqual({
      description: 'influences Dr. A (0.80, science, Oncology)',
      value: 0.8,
      ids: ['u', 'a'],
      source: 'congress 2025',
      confidence: 0.4,
    });
    // A tie we have no confidence in counts for nothing; none recorded counts fully.
    const none = computeBalanceOfPower(projection({ people: people('z', 'a'), influence: [{ ...tie('z', 'a', 0.9), confidence: 0 }] }));
    expect(entry(none.ranking, 'z').score).toBe(0);
    // A chair we are half sure of weighs half a chair.
    const committee = { kind: 'committee' as const, atId: 'c1', atName: 'Formulary Committee' };
    const seats = computeBalanceOfPower(projection({
      people: people('x', 'y'),
      roles: [{ ...committee, personId: 'x', role: 'chair', confidence: 0.5, source: 'minutes 2024' }, { ...committee, personId: 'y', role: 'chair' }],
    }));
    expect(factorOf(entry(seats.ranking, 'x'), 'formal')).toMatchObject({ value: 0.5 });
    expect(factorOf(entry(seats.ranking, 'x'), 'formal').evidence[0]).toMatchObject({ value: 0.5, source: 'minutes 2024', confidence: 0.5 });
  });

  it('gives the hub of a mutual star the top influence and brokerage', () => {
    const result = computeBalanceOfPower(
      projection({
        people: people('h', 'a', 'b', 'c', 'd'),
        influence: ['a', 'b', 'c', 'd'].flatMap((leaf) => mutual('h', leaf, 0.7)),
      }),
    );
    const hub = entry(result.ranking, 'h');
    expect(hub.rank).toBe(1);
    expect(factorOf(hub, 'influence').value).toBe(1);
    expect(factorOf(hub, 'brokerage').value).toBe(1);
    expect(factorOf(entry(result.ranking, 'a'), 'brokerage').value).toBe(0);
    expect(factorOf(hub, 'brokerage').evidence[0]?.description).toBe('bridges 4 people across 1 coalition');
  });

  it('puts a chair above a member when all else is equal', () => {
    const committee = { kind: 'committee' as const, atId: 'c1', atName: 'Formulary Committee' };
    const result = computeBalanceOfPower(
      projection({
        people: people('m', 'x'),
        roles: [
          { ...committee, personId: 'm', role: 'member' },
          { ...committee, personId: 'x', role: 'chair' },
        ],
      }),
    );
    expect(result.ranking.map((r) => r.personId)).toEqual(['x', 'm']);
    const chair = entry(result.ranking, 'x');
    expect(factorOf(chair, 'formal')).toMatchObject({ value: 1, weight: 0.4, contribution: 0.4 });
    expect(factorOf(chair, 'formal').evidence).toEqual([
      { description: 'chair of Formulary Committee', value: 1, ids: ['x', 'c1'], source: null, confidence: null },
    ]);
    expect(factorOf(entry(result.ranking, 'm'), 'formal').value).toBeCloseTo(0.4, 12);
  });

  it('sums roles per person and normalises by the scope maximum', () => {
    const roles: FormalRole[] = [
      { personId: 'p', kind: 'position', role: 'Chief Physician', atId: 'h1', atName: 'City Hospital', head: true },
      { personId: 'p', kind: 'decision_group', role: 'decision_maker', atId: 't1', atName: 'Insulin tender 2026' },
      { personId: 'q', kind: 'position', role: 'Cardiologist', atId: 'h1', atName: 'City Hospital' },
      { personId: 'q', kind: 'committee', role: 'secretary', atId: 'c1', atName: 'Formulary Committee' },
      { personId: 'q', kind: 'decision_group', role: 'not_a_role', atId: 't1', atName: 'Insulin tender 2026' },
    ];
    const result = computeBalanceOfPower(projection({ people: people('p', 'q'), roles }));
    const p = factorOf(entry(result.ranking, 'p'), 'formal');
    expect(p.value).toBe(1);
    expect(p.evidence.map((e) => e.description)).toEqual([
      'Chief Physician at City Hospital (head)',
      'decision maker in Insulin tender 2026',
    ]);
    // q: (0.2 + 0.6) / 2.0; unknown role names count nothing.
    const q = factorOf(entry(result.ranking, 'q'), 'formal');
    expect(q.value).toBeCloseTo(0.4, 12);
    expect(q.evidence.map((e) => e.description)).toEqual([
      'secretary of Formulary Committee',
      'Cardiologist at City Hospital',
    ]);
  });

  it('gives the middle of a chain a -> b -> c the top brokerage', () => {
    const result = computeBalanceOfPower(
      projection({ people: people('a', 'b', 'c'), influence: [tie('a', 'b', 0.9), tie('b', 'c', 0.6)] }),
    );
    const b = entry(result.ranking, 'b');
    expect(factorOf(b, 'brokerage').value).toBe(1);
    expect(factorOf(entry(result.ranking, 'a'), 'brokerage').value).toBe(0);
    expect(factorOf(entry(result.ranking, 'c'), 'brokerage').value).toBe(0);
    expect(factorOf(b, 'brokerage').evidence[1]).toMatchObject({
      description: 'links Dr. A to Dr. C',
      ids: ['a', 'b', 'c'],
    });
    expect(factorOf(b, 'brokerage').evidence[1]?.value).toBeCloseTo(0.54, 12);
    // a sways b who sways c: a holds the most informal power, c none.
    expect(factorOf(entry(result.ranking, 'a'), 'influence').value).toBe(1);
    expect(factorOf(entry(result.ranking, 'c'), 'influence').value).toBe(0);
  });

  it('finds two coalitions in two cliques joined by one tie, with power and lean', () => {
    const cliqueA = ['a1', 'a2', 'a3', 'a4'];
    const cliqueB = ['b1', 'b2', 'b3', 'b4'];
    const clique = (ids: string[]) =>
      ids.flatMap((x, i) => ids.slice(i + 1).flatMap((y) => mutual(x, y, 0.9)));
    const stances: StanceTie[] = [
      ...cliqueA.map((personId) => ({ personId, value: 2, towardOurs: true })),
      ...cliqueB.map((personId) => ({ personId, value: 2, towardOurs: false })),
    ];
    const result = computeBalanceOfPower(
      projection({
        people: people(...cliqueA, ...cliqueB, 'loner'),
        influence: [...clique(cliqueA), ...clique(cliqueB), ...mutual('a1', 'b1', 0.3)],
        stances,
      }),
    );
    expect(result.coalitions).toHaveLength(2);
    const sets = result.coalitions.map((c) => [...c.memberIds].sort());
    expect(sets).toContainEqual(cliqueA);
    expect(sets).toContainEqual(cliqueB);
    expect(result.modularity).toBeGreaterThan(0.4);
    const scores = new Map(result.ranking.map((r) => [r.personId, r.score]));
    for (const coalition of result.coalitions) {
      const sum = coalition.memberIds.reduce((s, id) => s + (scores.get(id) ?? 0), 0);
      expect(coalition.power).toBeCloseTo(sum, 12);
      expect(coalition.lean).toBe(coalition.memberIds.includes('a1') ? 2 : -2);
    }
    expect(result.coalitions[0]!.power).toBeGreaterThanOrEqual(result.coalitions[1]!.power);
    // a1 and b1 carry every path between the cliques.
    expect(result.ranking.slice(0, 2).map((r) => r.personId).sort()).toEqual(['a1', 'b1']);
    expect(factorOf(entry(result.ranking, 'a1'), 'brokerage').evidence[0]?.description).toBe(
      'bridges 4 people across 2 coalitions',
    );
  });

  it('weighs lean by power and leaves it null without stances', () => {
    const result = computeBalanceOfPower(
      projection({
        people: people('boss', 'aide', 'x', 'y'),
        influence: [tie('boss', 'aide', 0.9), ...mutual('x', 'y', 0.5)],
        roles: [{ personId: 'boss', kind: 'position', role: 'Head of Purchasing', atId: 'i1', atName: 'Hospital', head: true }],
        stances: [
          { personId: 'boss', value: -2, towardOurs: true },
          { personId: 'aide', value: 2, towardOurs: true },
        ],
      }),
    );
    const bossSide = result.coalitions.find((c) => c.memberIds.includes('boss'));
    const other = result.coalitions.find((c) => c.memberIds.includes('x'));
    const bossScore = entry(result.ranking, 'boss').score;
    const aideScore = entry(result.ranking, 'aide').score;
    expect(bossSide?.lean).toBeCloseTo((bossScore * -2 + aideScore * 2) / (bossScore + aideScore), 12);
    expect(bossSide?.lean).toBeLessThan(0);
    expect(other?.lean).toBeNull();
  });

  it('caps evidence at five items, strongest first', () => {
    const targets = ['t1', 't2', 't3', 't4', 't5', 't6', 't7'];
    const result = computeBalanceOfPower(
      projection({
        people: people('kol', 'fan', ...targets),
        influence: [...targets.map((t, i) => tie('kol', t, 0.3 + i * 0.1)), tie('fan', 'kol', 0.5)],
      }),
    );
    const evidence = factorOf(entry(result.ranking, 'kol'), 'influence').evidence;
    expect(evidence).toHaveLength(5);
    expect(evidence.slice(0, 4).map((e) => e.ids[1])).toEqual(['t7', 't6', 't5', 't4']);
    expect(evidence[4]).toEqual({ description: 'influenced by 1 person', value: 1, ids: ['kol', 'fan'] });
  });

  it('rescales custom weights and rejects negative ones', () => {
    const input = projection({
      people: people('a', 'b', 'c'),
      influence: [tie('a', 'b', 0.9), tie('b', 'c', 0.6)],
      roles: [{ personId: 'c', kind: 'committee', role: 'chair', atId: 'c1', atName: 'Board' }],
    });
    const byDefault = computeBalanceOfPower(input);
    const doubled = computeBalanceOfPower(input, { weights: { formal: 2, influence: 2, brokerage: 1 } });
    expect(doubled.ranking.map((r) => [r.personId, r.score])).toEqual(
      byDefault.ranking.map((r) => [r.personId, expect.closeTo(r.score, 12)]),
    );
    const formalOnly = computeBalanceOfPower(input, { weights: { formal: 1, influence: 0, brokerage: 0 } });
    expect(formalOnly.ranking[0]).toMatchObject({ personId: 'c', score: 1 });
    expect(() => computeBalanceOfPower(input, { weights: { formal: -1, influence: 1, brokerage: 1 } })).toThrow(
      RangeError,
    );
  });

  it('ignores ties and roles of people outside the scope and handles an empty scope', () => {
    const result = computeBalanceOfPower(
      projection({
        people: people('a'),
        influence: [tie('a', 'outsider'), tie('a', 'a')],
        roles: [{ personId: 'outsider', kind: 'committee', role: 'chair', atId: 'c', atName: 'C' }],
      }),
    );
    expect(result.ranking).toEqual([
      expect.objectContaining({ rank: 1, personId: 'a', score: 0 }),
    ]);
    expect(result.coalitions).toEqual([]);
    expect(computeBalanceOfPower(projection({ people: [] }))).toEqual({ ranking: [], coalitions: [], modularity: 0 });
  });
});

describe('sampled betweenness', () => {
  function randomGraph(n: number, m: number, seed: number): DirectedGraph {
    const random = createSeededRandom(seed);
    const graph = new DirectedGraph();
    for (let i = 0; i < n; i++) graph.addNode(`p${i}`);
    for (let i = 0; i < m; i++) {
      const a = Math.floor(random() * n);
      // Mostly within blocks of 20, as stakeholders cluster by institution.
      const b = random() < 0.85 ? Math.floor(a / 20) * 20 + Math.floor(random() * 20) : Math.floor(random() * n);
      if (a !== b && b < n) graph.mergeEdge(`p${a}`, `p${b}`);
    }
    return graph;
  }

  it('equals exact betweenness when every node is a pivot', () => {
    const graph = randomGraph(120, 500, 3);
    const exact = computeBetweenness(graph).values;
    const allPivots = computeBetweenness(graph, { exactLimit: 0, samples: 120 });
    expect(allPivots.exact).toBe(false);
    for (const [node, value] of exact) expect(allPivots.values.get(node)).toBeCloseTo(value, 9);
  });

  it('is deterministic per seed and finds the top brokers', () => {
    const graph = randomGraph(600, 3000, 5);
    const exact = computeBetweenness(graph).values;
    const sampled = computeBetweenness(graph, { exactLimit: 100, samples: 200, seed: 9 });
    expect(sampled.sources).toBe(200);
    expect(computeBetweenness(graph, { exactLimit: 100, samples: 200, seed: 9 }).values).toEqual(sampled.values);
    const top = (values: Map<string, number>, k: number) =>
      [...values.entries()].sort((a, b) => b[1] - a[1]).slice(0, k).map(([id]) => id);
    const exactTop20 = new Set(top(exact, 20));
    expect(top(sampled.values, 5).filter((id) => exactTop20.has(id)).length).toBeGreaterThanOrEqual(4);
  });
});

describe('balance of power at scale', () => {
  it('ranks 10k people over 50k ties whole, with coalitions', () => {
    const n = 10_000;
    const random = createSeededRandom(42);
    const influence: InfluenceTie[] = [];
    while (influence.length < 50_000) {
      const a = Math.floor(random() * n);
      const b = random() < 0.8 ? Math.floor(a / 25) * 25 + Math.floor(random() * 25) : Math.floor(random() * n);
      if (a !== b && b < n) influence.push(tie(`p${a}`, `p${b}`, 0.1 + 0.9 * random(), 'science'));
    }
    const input = projection({
      people: Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `Person ${i}` })),
      influence,
      roles: Array.from({ length: 2000 }, (_, i) => ({
        personId: `p${i * 5}`,
        kind: 'committee' as const,
        role: (['chair', 'secretary', 'member', 'expert'] as const)[i % 4]!,
        atId: `c${i % 80}`,
        atName: `Committee ${i % 80}`,
      })),
      stances: Array.from({ length: 3000 }, (_, i) => ({ personId: `p${i * 3}`, value: (i % 5) - 2, towardOurs: i % 2 === 0 })),
    });
    // How long it takes is the bench's business (npm run bench); here, that it completes whole.
    const result = computeBalanceOfPower(input);
    expect(result.ranking).toHaveLength(n);
    expect(result.coalitions.length).toBeGreaterThan(1);
  }, 120_000);
});

describe('explanations built on demand', () => {
  it('scores equal the sum of the explained contributions, and an explanation is built once', () => {
    const result = computeBalanceOfPower(
      projection({
        people: people('a', 'b', 'c', 'd'),
        influence: [...mutual('a', 'b', 0.9), tie('c', 'a', 0.6), tie('b', 'd', 0.4)],
        roles: [{ personId: 'c', kind: 'committee', role: 'chair', atId: 'k', atName: 'Formulary' }],
      }),
    );
    for (const r of result.ranking) {
      const sum = r.explanation.reduce((total, f) => total + f.contribution, 0);
      expect(r.score).toBeCloseTo(sum, 12);
      expect(r.explanation).toBe(r.explanation);
    }
    expect(JSON.parse(JSON.stringify(result.ranking[0]))).toHaveProperty('explanation');
  });
});
