import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { MeasuresAnswer, MeasuresTask } from './measures-task.js';
import type { CoalitionPartition } from './rules/coalitions.js';
import { computePowerMeasures, type PowerMeasures } from './rules/balance-of-power.js';
import type { InfluenceTie } from './rules/types.js';

export interface PowerWorkersOptions {
  /** Worker threads (default: half the cores, at least 1, at most 4). */
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
    this.threads = options.threads ?? Math.max(1, Math.min(4, Math.floor(availableParallelism() / 2)));
    this.minPeople = options.minPeople ?? 1_000;
  }

  /** The measures of a prepared scope: in a worker when it is large, here otherwise. */
  async measures(personIds: ReadonlySet<string>, ties: readonly InfluenceTie[]): Promise<PowerMeasures> {
    if (personIds.size < this.minPeople) {
      this.counters.inProcess += 1;
      return computePowerMeasures(personIds, ties);
    }
    const ids = [...personIds];
    const index = new Map(ids.map((id, i) => [id, i]));
    const task: MeasuresTask = { personIds: ids, from: new Int32Array(ties.length), to: new Int32Array(ties.length), weight: new Float64Array(ties.length) };
    ties.forEach((tie, i) => {
      task.from[i] = index.get(tie.from)!;
      task.to[i] = index.get(tie.to)!;
      task.weight[i] = tie.weight!;
    });
    // Started on first use: a server that never measures a large scope starts no thread.
    this.pool ??= new Piscina({ filename: WORKER_FILE, minThreads: 0, maxThreads: this.threads, idleTimeout: 60_000 });
    this.counters.running += 1;
    try {
      const answer = (await this.pool.run(task, { transferList: [task.from.buffer as ArrayBuffer, task.to.buffer as ArrayBuffer, task.weight.buffer as ArrayBuffer] })) as MeasuresAnswer;
      this.counters.offThread += 1;
      return fromAnswer(ids, answer);
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

function fromAnswer(ids: readonly string[], answer: MeasuresAnswer): PowerMeasures {
  const influence = new Map<string, number>();
  const betweenness = new Map<string, number>();
  ids.forEach((id, i) => {
    influence.set(id, answer.influence[i]!);
    betweenness.set(id, answer.betweenness[i]!);
  });
  const groups = answer.groups.map((members) => members.map((i) => ids[i]!));
  const coalitionOf = new Map<string, number>();
  groups.forEach((members, g) => {
    for (const id of members) coalitionOf.set(id, g);
  });
  const partition: CoalitionPartition = { groups, coalitionOf, modularity: answer.modularity };
  return { influence, betweenness, partition };
}
