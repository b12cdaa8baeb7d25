import { DirectedGraph, UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';
import { describe, expect, it } from 'vitest';
import { computePowerMeasures } from '../../server/src/modules/power/rules/balance-of-power.js';
import { DEFAULT_BETWEENNESS_SAMPLES, EXACT_BETWEENNESS_LIMIT } from '../../server/src/modules/power/rules/brokerage.js';
import { cjsDefault } from '../../server/src/modules/power/rules/graphology-interop.js';
import { createSeededRandom, sampleIndices } from '../../server/src/modules/power/rules/seeded-random.js';
import { mergeInfluenceTies } from '../../server/src/modules/power/rules/influence-ties.js';
import type { InfluenceTie } from '../../server/src/modules/power/rules/types.js';

const pagerank = cjsDefault(pagerankModule);
const louvain = cjsDefault(louvainModule);

/**
 * The measures as they were computed on graphology graphs before the index arrays
 * (PageRank, Brandes and Louvain from graphology's own packages), kept here as the
 * reference the array versions must equal number for number.
 */
function graphologyMeasures(ids: string[], ties: InfluenceTie[], samples: number, exactLimit: number) {
  const reversed = new DirectedGraph();
  for (const id of ids) reversed.addNode(id);
  ties.forEach((tie, i) => reversed.addEdgeWithKey(i, tie.to, tie.from, { weight: tie.weight! }));

  const influence = new Map<string, number>();
  if (reversed.size > 0) {
    const rank = pagerank(reversed, { getEdgeWeight: 'weight', alpha: 0.85, maxIterations: 1000 });
    const n = reversed.order;
    let danglingSum = 0;
    reversed.forEachNode((node) => {
      if (reversed.outDegree(node) === 0) danglingSum += rank[node] ?? 0;
    });
    const baseline = (1 - 0.85) / n + (0.85 * danglingSum) / n;
    let max = 0;
    reversed.forEachNode((node) => {
      const earned = reversed.inDegree(node) === 0 ? 0 : Math.max(0, (rank[node] ?? 0) - baseline);
      influence.set(node, earned);
      if (earned > max) max = earned;
    });
    for (const [node, earned] of influence) influence.set(node, max > 0 ? earned / max : 0);
  }

  const brandes = createUnweightedIndexedBrandes(reversed);
  const nodes = reversed.nodes();
  const order = nodes.length;
  const exact = order <= exactLimit;
  const sources = exact ? Array.from({ length: order }, (_, i) => i) : sampleIndices(order, samples, createSeededRandom(1));
  const delta = new Float64Array(order);
  const centrality = new Float64Array(order);
  for (const source of sources) {
    const [stack, predecessors, sigma] = brandes(source);
    while (stack.size !== 0) {
      const w = stack.pop() as number;
      const coefficient = (1 + delta[w]!) / (sigma[w] as number);
      for (const v of predecessors[w] as number[]) delta[v] = delta[v]! + (sigma[v] as number) * coefficient;
      if (w !== source) centrality[w] = centrality[w]! + delta[w]!;
      delta[w] = 0;
    }
  }
  const scale = exact ? 1 : order / sources.length;
  const betweenness = new Map(nodes.map((node, i) => [node, centrality[i]! * scale]));

  const pairs = new Map<string, { a: string; b: string; weight: number }>();
  for (const tie of ties) {
    const [a, b] = tie.from < tie.to ? [tie.from, tie.to] : [tie.to, tie.from];
    const key = `${a}\u0000${b}`;
    const pair = pairs.get(key);
    if (pair) pair.weight += tie.weight!;
    else pairs.set(key, { a, b, weight: tie.weight! });
  }
  const undirected = new UndirectedGraph();
  let key = 0;
  for (const [, { a, b, weight }] of [...pairs.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    undirected.mergeNode(a);
    undirected.mergeNode(b);
    undirected.addEdgeWithKey(key++, a, b, { weight });
  }
  let detailed = louvain.detailed(undirected, { getEdgeWeight: 'weight', rng: createSeededRandom(1) });
  for (let restart = 1; restart < 3; restart++) {
    const candidate = louvain.detailed(undirected, { getEdgeWeight: 'weight', rng: createSeededRandom(1 + restart) });
    if (candidate.modularity > detailed.modularity) detailed = candidate;
  }
  return { influence, betweenness, communities: detailed.communities, modularity: detailed.modularity };
}

/** People in clusters with a few ties each, in a shuffled id order (the database's order is arbitrary). */
function scope(n: number, seed: number): { ids: string[]; ties: InfluenceTie[] } {
  const random = createSeededRandom(seed);
  const ids = sampleIndices(n, n, random).map((i) => `p-${i}`);
  const raw: InfluenceTie[] = [];
  for (let i = 0; i < n; i += 1) {
    for (let k = 0; k < 4; k += 1) {
      const j = random() < 0.8 ? Math.floor(i / 30) * 30 + Math.floor(random() * 30) : Math.floor(random() * n);
      if (j < n) raw.push({ from: `p-${i}`, to: `p-${j}`, strength: Math.round(random() * 100) / 100, confidence: random() < 0.5 ? null : 0.7 });
    }
  }
  return { ids, ties: mergeInfluenceTies(raw, new Set(ids)) };
}

describe('power measures on index arrays', () => {
  it('equal graphology’s PageRank, Brandes and Louvain number for number (exact and sampled betweenness)', () => {
    // Exact betweenness up to 2,000 people, sampled pivots beyond (the defaults).
    for (const [n, seed] of [
      [300, 3],
      [2300, 5],
    ] as const) {
      const { ids, ties } = scope(n, seed);
      const reference = graphologyMeasures(ids, ties, DEFAULT_BETWEENNESS_SAMPLES, EXACT_BETWEENNESS_LIMIT);
      const ours = computePowerMeasures(ids, ties);
      for (const id of ids) expect(ours.influence.get(id) ?? 0).toBe(reference.influence.get(id) ?? 0);
      for (const id of ids) expect(ours.betweenness.get(id)).toBe(reference.betweenness.get(id));
      expect(ours.partition.modularity).toBe(reference.modularity);
      const communities = new Map<number, string[]>();
      for (const [node, c] of Object.entries(reference.communities)) communities.set(c, [...(communities.get(c) ?? []), node]);
      expect(ours.partition.groups).toEqual([...communities.values()].filter((g) => g.length >= 2));
    }
  }, 120_000);
});
