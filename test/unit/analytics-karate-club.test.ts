import { describe, it, expect } from 'vitest';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import karateClubModule from 'graphology-generators/social/karate-club.js';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { computeBalanceOfPower } from '../../server/src/modules/power/rules/balance-of-power.js';
import { computeBetweenness } from '../../server/src/modules/power/rules/brokerage.js';
import { cjsDefault } from '../../server/src/modules/power/rules/graphology-interop.js';
import type { InfluenceTie, PowerScoreResult } from '../../server/src/modules/power/rules/types.js';

const karateClub = cjsDefault(karateClubModule);
const betweenness = cjsDefault(betweennessModule);

// Zachary (1977): 34 members, 0-based here. Node 0 is the instructor (Mr. Hi, "node 1"
// in the paper), node 33 the administrator ("node 34", the Officer); each node's `club`
// attribute is the faction it joined after the split.
const club = karateClub(UndirectedGraph);
const INSTRUCTOR = '0';
const ADMINISTRATOR = '33';
const faction = new Map(club.mapNodes((node, attributes) => [node, attributes.club as string] as const));

// Every acquaintance becomes mutual influence of strength 1.
const influence: InfluenceTie[] = club.mapEdges((_, __, source, target) => [
  { from: source, to: target, strength: 1 },
  { from: target, to: source, strength: 1 },
]).flat();
const result = computeBalanceOfPower({
  people: club.mapNodes((node) => ({ id: node, name: `Member ${Number(node) + 1}` })),
  influence,
  roles: [],
  stances: [],
});

function value(entry: PowerScoreResult | undefined, factor: string): number {
  return entry?.explanation.find((f) => f.factor === factor)?.value ?? Number.NaN;
}

describe("Zachary's karate club as mutual influence", () => {
  it('has the published shape', () => {
    expect(club.order).toBe(34);
    expect(club.size).toBe(78);
    expect(faction.get(INSTRUCTOR)).toBe('Mr. Hi');
    expect(faction.get(ADMINISTRATOR)).toBe('Officer');
  });

  it('ranks the administrator and the instructor top two, by score and by influence', () => {
    expect(result.ranking.slice(0, 2).map((r) => r.personId).sort()).toEqual([INSTRUCTOR, ADMINISTRATOR]);
    const byInfluence = [...result.ranking].sort((a, b) => value(b, 'influence') - value(a, 'influence'));
    expect(byInfluence.slice(0, 2).map((r) => r.personId)).toEqual([ADMINISTRATOR, INSTRUCTOR]);
  });

  it('gives the instructor the top brokerage, matching the published betweenness', () => {
    const byBrokerage = [...result.ranking].sort((a, b) => value(b, 'brokerage') - value(a, 'brokerage'));
    expect(byBrokerage[0]?.personId).toBe(INSTRUCTOR);

    // Normalised betweenness from the literature (networkx): 0.4376 and 0.3041.
    const directed = new DirectedGraph();
    club.forEachNode((node) => directed.addNode(node));
    for (const t of influence) directed.addEdge(t.from, t.to);
    const ours = computeBetweenness(directed).values;
    const pairs = 33 * 32;
    expect((ours.get(INSTRUCTOR) ?? 0) / pairs).toBeCloseTo(0.43763528, 6);
    expect((ours.get(ADMINISTRATOR) ?? 0) / pairs).toBeCloseTo(0.30407498, 6);
    const reference = betweenness(club, { getEdgeWeight: null, normalized: true });
    for (const [node, raw] of ours) expect(raw / pairs).toBeCloseTo(reference[node] ?? Number.NaN, 9);
  });

  it('splits the club into coalitions that follow the two factions', () => {
    expect(result.modularity).toBeGreaterThanOrEqual(0.4);
    expect(result.coalitions.length).toBeGreaterThanOrEqual(3);
    expect(result.coalitions.length).toBeLessThanOrEqual(5);
    const coalitionOf = (id: string) => result.coalitions.findIndex((c) => c.memberIds.includes(id));
    expect(coalitionOf(INSTRUCTOR)).not.toBe(coalitionOf(ADMINISTRATOR));
    expect(result.coalitions.flatMap((c) => c.memberIds).sort()).toEqual(club.nodes().sort());

    // Each coalition maps onto its majority faction; count the members that agree.
    let agreeing = 0;
    for (const coalition of result.coalitions) {
      const counts = new Map<string, number>();
      for (const id of coalition.memberIds) counts.set(faction.get(id) ?? '', (counts.get(faction.get(id) ?? '') ?? 0) + 1);
      agreeing += Math.max(...counts.values());
    }
    expect(agreeing / club.order).toBeGreaterThanOrEqual(0.9);
  });
});
