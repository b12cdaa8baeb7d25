/**
 * Coalitions: groups of people more tied to each other by influence than to the rest of
 * the scope (Louvain communities), with their combined power and their lean.
 */
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import { cjsDefault } from './graphology-interop.js';
import { createSeededRandom } from './seeded-random.js';
import type { CoalitionResult, InfluenceTie, StanceTie } from './types.js';

const louvain = cjsDefault(louvainModule);

/** Louvain runs per detection; the best partition (highest modularity) wins. */
const LOUVAIN_RESTARTS = 3;

export interface CoalitionPartition {
  /** Member ids per coalition (two or more people each), unordered. */
  groups: string[][];
  /** personId -> index into `groups`; people outside any coalition are absent. */
  coalitionOf: Map<string, number>;
  modularity: number;
}

/**
 * Louvain on the UNDIRECTED influence graph: a coalition is about who sticks together,
 * whoever sways whom, so A->B and B->A add up (weight = sum of both ties' weights,
 * strength × confidence).
 * `ties` must already be merged per ordered pair (see mergeInfluenceTies).
 *
 * Louvain is a greedy heuristic whose result depends on the order it visits nodes, so
 * the graph is built in sorted order (the same ties give the same coalitions however
 * the database returned them) and it runs from a few seeds, keeping the partition with
 * the highest modularity: one unlucky visiting order otherwise merges two factions.
 */
export function detectCoalitions(ties: InfluenceTie[], seed = 1): CoalitionPartition {
  const pairs = new Map<string, { a: string; b: string; weight: number }>();
  for (const tie of ties) {
    const [a, b] = tie.from < tie.to ? [tie.from, tie.to] : [tie.to, tie.from];
    const key = `${a}\u0000${b}`;
    const pair = pairs.get(key);
    const weight = tie.weight ?? tie.strength;
    if (pair) pair.weight += weight;
    else pairs.set(key, { a, b, weight });
  }
  const graph = new UndirectedGraph();
  let key = 0;
  const sortedPairs = [...pairs.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  for (const [, { a, b, weight }] of sortedPairs) {
    // Only people with ties enter: someone with none is not in any coalition.
    graph.mergeNode(a);
    graph.mergeNode(b);
    graph.addEdgeWithKey(key++, a, b, { weight });
  }
  if (graph.size === 0) return { groups: [], coalitionOf: new Map(), modularity: 0 };

  let detailed = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: createSeededRandom(seed) });
  for (let restart = 1; restart < LOUVAIN_RESTARTS; restart++) {
    const candidate = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: createSeededRandom(seed + restart) });
    if (candidate.modularity > detailed.modularity) detailed = candidate;
  }
  const byCommunity = new Map<number, string[]>();
  for (const [node, community] of Object.entries(detailed.communities)) {
    const members = byCommunity.get(community);
    if (members) members.push(node);
    else byCommunity.set(community, [node]);
  }
  const groups = [...byCommunity.values()].filter((members) => members.length >= 2);
  const coalitionOf = new Map<string, number>();
  groups.forEach((members, index) => {
    for (const id of members) coalitionOf.set(id, index);
  });
  const modularity = Number.isFinite(detailed.modularity) ? detailed.modularity : 0;
  return { groups, coalitionOf, modularity };
}

/**
 * A person's lean: mean stance toward us minus mean stance toward competitors, a
 * missing side counting as neutral (0). Clamped to the stance scale -2..2, because
 * "advocate of ours and hostile to theirs" is as far toward us as the scale goes.
 */
export function personLeans(stances: StanceTie[]): Map<string, number> {
  const sums = new Map<string, { ours: number; oursN: number; theirs: number; theirsN: number }>();
  for (const stance of stances) {
    if (!Number.isFinite(stance.value)) continue;
    const entry = sums.get(stance.personId) ?? { ours: 0, oursN: 0, theirs: 0, theirsN: 0 };
    if (stance.towardOurs) {
      entry.ours += stance.value;
      entry.oursN += 1;
    } else {
      entry.theirs += stance.value;
      entry.theirsN += 1;
    }
    sums.set(stance.personId, entry);
  }
  const leans = new Map<string, number>();
  for (const [personId, s] of sums) {
    const ours = s.oursN > 0 ? s.ours / s.oursN : 0;
    const theirs = s.theirsN > 0 ? s.theirs / s.theirsN : 0;
    leans.set(personId, Math.max(-2, Math.min(2, ours - theirs)));
  }
  return leans;
}

/**
 * Power-weighted mean lean of the members that have a stance, so a chief physician's
 * preference counts for more than a resident's. Falls back to the plain mean when all
 * of them have zero power, and to null when nobody has a stance.
 */
export function coalitionLean(
  memberIds: string[],
  scores: Map<string, number>,
  leans: Map<string, number>,
): number | null {
  let weighted = 0;
  let totalWeight = 0;
  let plain = 0;
  let count = 0;
  for (const id of memberIds) {
    const lean = leans.get(id);
    if (lean === undefined) continue;
    const score = scores.get(id) ?? 0;
    weighted += score * lean;
    totalWeight += score;
    plain += lean;
    count += 1;
  }
  if (count === 0) return null;
  return totalWeight > 0 ? weighted / totalWeight : plain / count;
}

/** Coalitions with power and lean, most powerful first; members by score, then id. */
export function describeCoalitions(
  partition: CoalitionPartition,
  scores: Map<string, number>,
  stances: StanceTie[],
): CoalitionResult[] {
  const leans = personLeans(stances);
  const byScore = (a: string, b: string) =>
    (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  const coalitions = partition.groups.map((group) => {
    const memberIds = [...group].sort(byScore);
    const power = memberIds.reduce((sum, id) => sum + (scores.get(id) ?? 0), 0);
    return { memberIds, power, lean: coalitionLean(memberIds, scores, leans) };
  });
  coalitions.sort(
    (a, b) => b.power - a.power || byScore(a.memberIds[0] ?? '', b.memberIds[0] ?? ''),
  );
  return coalitions;
}
