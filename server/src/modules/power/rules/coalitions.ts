/**
 * Coalitions: groups of people more tied to each other by influence than to the rest of
 * the scope (Louvain communities), with their combined power and their lean.
 */
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import { cjsDefault } from './graphology-interop.js';
import type { IndexedTies } from './influence-graph.js';
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
 */
export function detectCoalitions(ties: InfluenceTie[], seed = 1): CoalitionPartition {
  const index = new Map<string, number>();
  const ids: string[] = [];
  const indexOf = (id: string) => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      index.set(id, i);
      ids.push(id);
    }
    return i;
  };
  const indexed: IndexedTies = { n: 0, from: new Int32Array(ties.length), to: new Int32Array(ties.length), weight: new Float64Array(ties.length) };
  ties.forEach((tie, i) => {
    indexed.from[i] = indexOf(tie.from);
    indexed.to[i] = indexOf(tie.to);
    indexed.weight[i] = tie.weight ?? tie.strength;
  });
  indexed.n = ids.length;
  return coalitionsOf(ids, indexed, seed);
}

/**
 * Louvain over ties given as indexes into `ids` (what the analytics worker receives).
 *
 * Louvain is a greedy heuristic whose result depends on the order it visits nodes, so
 * the graph is built in the order of its pairs' ids (the same ties give the same
 * coalitions however the database returned them) and it runs from a few seeds, keeping
 * the partition with the highest modularity: one unlucky visiting order otherwise merges
 * two factions.
 */
export function coalitionsOf(ids: readonly string[], ties: IndexedTies, seed = 1): CoalitionPartition {
  const n = ids.length;
  // byRank[r]: the index of the r-th id in id order; rank[i]: the rank of ids[i].
  const byRank = idOrder(ids);
  const rank = new Int32Array(n);
  byRank.forEach((i, r) => (rank[i] = r));
  // One entry per unordered pair, keyed lowerRank·n + higherRank: numeric order of the
  // keys is the pairs' order by (lower id, higher id).
  const pairs = new Map<number, number>();
  for (let t = 0; t < ties.from.length; t += 1) {
    const a = rank[ties.from[t]!]!;
    const b = rank[ties.to[t]!]!;
    const key = a < b ? a * n + b : b * n + a;
    const weight = ties.weight[t]!;
    const sum = pairs.get(key);
    pairs.set(key, sum === undefined ? weight : sum + weight);
  }
  const graph = new UndirectedGraph();
  let edge = 0;
  for (const key of Float64Array.from(pairs.keys()).sort()) {
    const lower = Math.floor(key / n);
    const a = ids[byRank[lower]!]!;
    const b = ids[byRank[key - lower * n]!]!;
    // Only people with ties enter: someone with none is not in any coalition.
    graph.mergeNode(a);
    graph.mergeNode(b);
    graph.addEdgeWithKey(edge++, a, b, { weight: pairs.get(key)! });
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

/** Indexes of `ids` in id order (code-unit order, as `<` compares); no sort when they already are. */
function idOrder(ids: readonly string[]): number[] {
  const order = Array.from({ length: ids.length }, (_, i) => i);
  let sorted = true;
  for (let i = 1; i < ids.length && sorted; i += 1) sorted = ids[i - 1]! < ids[i]!;
  if (sorted) return order;
  return order.sort((x, y) => (ids[x]! < ids[y]! ? -1 : ids[x]! > ids[y]! ? 1 : 0));
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
