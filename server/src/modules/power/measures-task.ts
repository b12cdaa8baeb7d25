/**
 * The worker side of power-workers.ts: a scope's ties arrive as index arrays (shared, not
 * copied) and one of its two measures is computed on them, so that the two can run side
 * by side in two threads: PageRank and betweenness, or Louvain.
 */
import { computeCentrality } from './rules/balance-of-power.js';
import { coalitionsOf } from './rules/coalitions.js';
import type { IndexedTies } from './rules/influence-graph.js';

export type MeasuresTask =
  | { kind: 'centrality'; ties: IndexedTies; betweennessSamples?: number; seed?: number }
  /** Louvain needs the ids: it visits people in id order. */
  | { kind: 'coalitions'; personIds: string[]; ties: IndexedTies; seed?: number };

export interface CentralityAnswer {
  /** Aligned with the scope's person indexes. */
  influence: Float64Array;
  betweenness: Float64Array;
}

export interface CoalitionsAnswer {
  /** Coalition members as indexes into personIds, in the order Louvain gave them. */
  groups: number[][];
  modularity: number;
}

export function measure(task: MeasuresTask): CentralityAnswer | CoalitionsAnswer {
  if (task.kind === 'centrality') {
    return computeCentrality(task.ties, {
      ...(task.betweennessSamples !== undefined ? { betweennessSamples: task.betweennessSamples } : {}),
      ...(task.seed !== undefined ? { seed: task.seed } : {}),
    });
  }
  const partition = coalitionsOf(task.personIds, task.ties, task.seed ?? 1);
  const index = new Map(task.personIds.map((id, i) => [id, i]));
  return { groups: partition.groups.map((members) => members.map((id) => index.get(id)!)), modularity: partition.modularity };
}
