/**
 * The worker side of power-workers.ts: PageRank, betweenness and Louvain on a scope sent
 * in a compact form (ids once, ties as index and weight arrays), answered the same way.
 */
import { computePowerMeasures } from './rules/balance-of-power.js';

export interface MeasuresTask {
  personIds: string[];
  from: Int32Array;
  to: Int32Array;
  weight: Float64Array;
  betweennessSamples?: number;
  seed?: number;
}

export interface MeasuresAnswer {
  /** Aligned with the task's personIds. */
  influence: Float64Array;
  betweenness: Float64Array;
  /** Coalition members as indexes into personIds, in the order Louvain gave them. */
  groups: number[][];
  modularity: number;
}

export function measure(task: MeasuresTask): MeasuresAnswer {
  const { personIds } = task;
  const ties = new Array<{ from: string; to: string; weight: number; strength: number }>(task.from.length);
  for (let i = 0; i < ties.length; i += 1) {
    const weight = task.weight[i]!;
    ties[i] = { from: personIds[task.from[i]!]!, to: personIds[task.to[i]!]!, weight, strength: weight };
  }
  const measures = computePowerMeasures(personIds, ties, {
    ...(task.betweennessSamples !== undefined ? { betweennessSamples: task.betweennessSamples } : {}),
    ...(task.seed !== undefined ? { seed: task.seed } : {}),
  });
  const index = new Map(personIds.map((id, i) => [id, i]));
  const influence = new Float64Array(personIds.length);
  const betweenness = new Float64Array(personIds.length);
  personIds.forEach((id, i) => {
    influence[i] = measures.influence.get(id) ?? 0;
    betweenness[i] = measures.betweenness.get(id) ?? 0;
  });
  return {
    influence,
    betweenness,
    groups: measures.partition.groups.map((members) => members.map((id) => index.get(id)!)),
    modularity: measures.partition.modularity,
  };
}
