import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { CentralityAnswer, CoalitionsAnswer, MeasuresTask } from './measures-task.js';
import type { CoalitionPartition } from './rules/coalitions.js';
import { computePowerMeasures, indexInfluenceTies, type PowerMeasures } from './rules/balance-of-power.js';
import type { InfluenceTie } from './rules/types.js';

export interface PowerWorkersOptions {
  /**
   * Worker threads (default: half the cores, at least 2 so that a scope's two measures
   * run side by side, at most 4).
   */
  threads?: number;
  /** Scopes with fewer people are measured in-process: sending them costs more than it saves (default 1,000). */
  minPeople?: number;
}

export interface PowerWorkersStats {
  /** Measures computed in a worker thread, and in-process (small scopes). */
  offThread: number;
  inProcess: number;
  /** Being computed in a worker right now. */
  running: number;
}

const WORKER_FILE = fileURLToPath(new URL('./measures-worker.mjs', import.meta.url));

/**
 * The graph measures of large scopes (PageRank, betweenness, Louvain: seconds of CPU on
 * a national territory) in a small pool of worker threads, so that a cold computation
 * never holds up anyone else's request on the event loop. The answer is the same as
 * in-process: the worker runs the same code on the same ties in the same order. Shared
 * computations stay shared: the analytics cache lets one request per key compute while
 * the others wait for it.
 */
export class PowerWorkers {
  private pool: Piscina | null = null;
  private readonly threads: number;
  readonly minPeople: number;
  private counters = { offThread: 0, inProcess: 0, running: 0 };

  constructor(options: PowerWorkersOptions = {}) {
    this.threads = options.threads ?? Math.max(2, Math.min(4, Math.floor(availableParallelism() / 2)));
    this.minPeople = options.minPeople ?? 1_000;
  }

  /** The measures of a prepared scope: in a worker when it is large, here otherwise. */
  async measures(personIds: ReadonlySet<string>, tiesOf: readonly InfluenceTie[]): Promise<PowerMeasures> {
    if (personIds.size < this.minPeople) {
      this.counters.inProcess += 1;
      return computePowerMeasures(personIds, tiesOf);
    }
    const ids = [...personIds];
    // Ties as index arrays in shared memory: both threads read them, nobody copies them.
    const ties = indexInfluenceTies(ids, tiesOf, (bytes) => new SharedArrayBuffer(bytes));
    // Started on first use: a server that never measures a large scope starts no thread.
    this.pool ??= new Piscina({ filename: WORKER_FILE, minThreads: 0, maxThreads: this.threads, idleTimeout: 60_000 });
    const centralityTask: MeasuresTask = { kind: 'centrality', ties };
    const coalitionsTask: MeasuresTask = { kind: 'coalitions', personIds: ids, ties };
    this.counters.running += 1;
    try {
      // Louvain is the longer of the two: sent first, so that it starts first.
      const [coalitions, centrality] = (await Promise.all([this.pool.run(coalitionsTask), this.pool.run(centralityTask)])) as [CoalitionsAnswer, CentralityAnswer];
      this.counters.offThread += 1;
      return fromAnswers(ids, centrality, coalitions);
    } finally {
      this.counters.running -= 1;
    }
  }

  stats(): PowerWorkersStats {
    return { ...this.counters };
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.destroy();
  }
}

function fromAnswers(ids: readonly string[], centrality: CentralityAnswer, coalitions: CoalitionsAnswer): PowerMeasures {
  const influence = new Map<string, number>();
  const betweenness = new Map<string, number>();
  ids.forEach((id, i) => {
    influence.set(id, centrality.influence[i]!);
    betweenness.set(id, centrality.betweenness[i]!);
  });
  const groups = coalitions.groups.map((members) => members.map((i) => ids[i]!));
  const coalitionOf = new Map<string, number>();
  groups.forEach((members, g) => {
    for (const id of members) coalitionOf.set(id, g);
  });
  const partition: CoalitionPartition = { groups, coalitionOf, modularity: coalitions.modularity };
  return { influence, betweenness, partition };
}
