/**
 * The rankings the change feed compares, kept across graph versions. Every write empties
 * the analytics cache, and a large scope's balance of power then takes seconds to compute
 * again; the feed, the inbox and the live stream must not wait for it. This board keeps,
 * per scope and day, the newest ranking computed (with the graph version it was computed
 * at), and recomputes at most one per scope and day at a time, through the analytics cache
 * (so a balanceOfPower question asked meanwhile shares the computation).
 *
 * A caller says which graph version it reads: when the ranking of that version is ready it
 * is used, otherwise the newest ready one is, the answer says its ranking is still pending,
 * and that version's ranking is computed once the answer is given. Only a scope never
 * ranked before is waited for.
 */
import { LRUCache } from 'lru-cache';
import type { GraphContext } from '../../context.js';
import { resolveScope, scopePower, type ScopeArgs } from '../power/questions.js';
import type { Ranked } from './rules/rank-moves.js';

/** A scope's ranking as of a day, as computed at a graph version. */
export interface ReadyRanking {
  /** The graph version it was computed at (its data is at least this new). */
  version: number;
  asOf: string;
  /** The people in the scope that day. */
  ids: readonly string[];
  ranking: readonly Ranked[];
}

export interface ChosenRanking {
  ranking: ReadyRanking;
  /** False when a newer graph version is still being ranked (the ranking is the newest ready). */
  current: boolean;
}

interface Refresh {
  version: number;
  promise: Promise<ReadyRanking>;
  /** The newest version asked for while this one ran: ranked next. */
  wanted: number;
  ctx: GraphContext;
}

/**
 * People kept over all rankings. A ranking holds on to its scope's projection (its
 * explanations are built from it when first read), which the analytics cache lets go at
 * the next write: this keeps the board within the analytics cache's order of memory (a
 * few 10,000-person territories). A ranking larger than this (the whole of a national
 * graph) is not kept, and its feed waits for it after each write, as it did before.
 */
const MAX_PEOPLE = 60_000;

/** How a ranking is computed: the scope's balance of power, through the analytics cache. */
export type ComputeRanking = (ctx: GraphContext, scope: ScopeArgs, asOf: string) => Promise<Pick<ReadyRanking, 'ids' | 'ranking'>>;

const balanceOfPowerRanking: ComputeRanking = async (ctx, scope, asOf) => {
  const power = await scopePower(ctx, { scope, asOf });
  return { ids: power.ids, ranking: rankedOf(power.result.ranking) };
};

export class RankingBoard {
  private readonly ready = new LRUCache<string, ReadyRanking>({ maxSize: MAX_PEOPLE, sizeCalculation: (r) => Math.max(1, r.ranking.length) });
  private readonly running = new Map<string, Refresh>();

  constructor(private readonly compute: ComputeRanking = balanceOfPowerRanking) {}

  /**
   * The ranking of a scope as of a day for a reader of graph `version`: that version's when
   * it is ready, else the newest ready one (`current: false`), and that version's is
   * computed once `answered` settles (the caller's answer is given first: a large scope's
   * ranking computed meanwhile would slow it down). Waits only when the scope and day
   * were never ranked.
   */
  async ranking(ctx: GraphContext, scope: ScopeArgs, asOf: string, version: number, answered: Promise<unknown>): Promise<ChosenRanking> {
    const known = this.ready.get(keyOf(scope, asOf));
    if (known && known.version >= version) return { ranking: known, current: true };
    if (!known) {
      const ranking = await this.refresh(ctx, scope, asOf, version);
      return { ranking, current: ranking.version >= version };
    }
    // A failed refresh leaves the newest ready ranking in place; the next reader tries again.
    const rank = () => void this.refresh({ ...ctx, graphVersion: null }, scope, asOf, version).catch(() => undefined);
    answered.then(rank, rank);
    return { ranking: known, current: false };
  }

  /**
   * The ranking of `version` (or newer), computing it unless it is being computed. While
   * an older version is being computed, this one is computed right after it (one at a time
   * per scope and day), and the older one is returned.
   */
  refresh(ctx: GraphContext, scope: ScopeArgs, asOf: string, version: number): Promise<ReadyRanking> {
    const key = keyOf(scope, asOf);
    const known = this.ready.get(key);
    if (known && known.version >= version) return Promise.resolve(known);
    const running = this.running.get(key);
    if (running) {
      if (version > running.wanted) {
        running.wanted = version;
        running.ctx = ctx;
      }
      return running.promise;
    }
    const promise = this.compute(ctx, scope, asOf).then((computed) => {
      const ranking: ReadyRanking = { version, asOf, ...computed };
      const newest = this.ready.get(key);
      if (!newest || newest.version < version) this.ready.set(key, ranking);
      return ranking;
    });
    const entry: Refresh = { version, promise, wanted: version, ctx };
    this.running.set(key, entry);
    void promise
      .catch(() => null)
      .then(() => {
        this.running.delete(key);
        // Someone read a newer graph meanwhile: rank it now. Its cache lookup reads the
        // version again (the graph may have moved on since).
        if (entry.wanted > version) void this.refresh({ ...entry.ctx, graphVersion: null }, scope, asOf, entry.wanted).catch(() => undefined);
      });
    return promise;
  }

  /** The ranking of `version` (or newer), waiting for it to be computed. */
  async settled(ctx: GraphContext, scope: ScopeArgs, asOf: string, version: number): Promise<ReadyRanking> {
    for (;;) {
      const ranking = await this.refresh(ctx, scope, asOf, version);
      if (ranking.version >= version) return ranking;
    }
  }

  /** The newest ranking ready for a scope and day, if any (no computation). */
  newest(scope: ScopeArgs, asOf: string): ReadyRanking | null {
    return this.ready.get(keyOf(scope, asOf)) ?? null;
  }
}

function keyOf(scope: ScopeArgs, asOf: string): string {
  const { kind, id } = resolveScope(scope);
  return `${kind}:${id}|${asOf}`;
}

/** A balance of power's ranking as rank moves read it (factors read when evidence is first asked for). */
export function rankedOf(ranking: ReadonlyArray<{ personId: string; rank: number; score: number; explanation: ReadonlyArray<{ factor: string; value: number }> }>): Ranked[] {
  return ranking.map((r) => ({ personId: r.personId, rank: r.rank, score: r.score, factors: () => r.explanation.map((f) => ({ factor: f.factor, value: f.value })) }));
}

/**
 * The graph version a reader is at, when the server keeps a board (null otherwise: nothing
 * to choose between). A query read it with its viewer; a mutation reads it now.
 */
export async function readerVersion(ctx: GraphContext): Promise<number | null> {
  if (!ctx.changeServices) return null;
  return ctx.graphVersion ?? ctx.repositories.changes.graphVersion();
}

/**
 * The ranking to compare with: the board's (possibly the newest ready while a newer one is
 * computed; `wait`: the reader's version's) or, without a board (the digest, a CLI), the
 * one of the graph as it is now.
 */
export async function chooseRanking(ctx: GraphContext, scope: ScopeArgs, asOf: string, version: number | null, answered: Promise<unknown>, wait = false): Promise<ChosenRanking> {
  const board = ctx.changeServices?.rankings ?? null;
  if (board && version !== null) return wait ? { ranking: await board.settled(ctx, scope, asOf, version), current: true } : board.ranking(ctx, scope, asOf, version, answered);
  return { ranking: { version: version ?? 0, asOf, ...(await balanceOfPowerRanking(ctx, scope, asOf)) }, current: true };
}
