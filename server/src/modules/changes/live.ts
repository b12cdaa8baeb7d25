/**
 * Changes as they are written: the change log is polled (one reader per server, shared by
 * every open subscription), each new batch of events is turned into changes, and each
 * subscriber keeps those in its scope that its user may see. Polling the log in Neo4j
 * rather than signalling in memory means a write made through any server reaches every
 * server's subscribers, and webhooks (webhooks.ts) read the same log.
 */
import { ChangeKind } from '../../__generated__/vocabulary.js';
import type { GraphContext } from '../../context.js';
import type { Logger } from '../../kernel/logger.js';
import { addDays } from '../../kernel/dates.js';
import { peopleInScope, resolveScope, type ScopeArgs } from '../power/questions.js';
import { visibleChanges } from './feed.js';
import type { ChangeModel } from './models.js';
import { chooseRanking } from './rankings.js';
import { recordedFacts, type ChangeRepository, type LogEvent } from './repository.js';
import { baseChange, byWeight, changeId, deriveChanges, touchesScope } from './rules/derive.js';
import { parseFactKeys, type Facts } from './rules/facts.js';

type Listener = (events: readonly LogEvent[]) => void;

/** Reads new change log events every `pollMs` while anyone listens, and hands each batch to every listener. */
export class ChangeHub {
  private readonly listeners = new Set<Listener>();
  private last: number | null = null;
  private starting: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private polling = false;

  constructor(
    private readonly repository: ChangeRepository,
    private readonly logger: Logger,
    private readonly pollMs: number,
  ) {}

  /** Starts listening from the graph version now; resolves once nothing written from now on can be missed. */
  async subscribe(listener: Listener): Promise<() => void> {
    this.listeners.add(listener);
    if (this.last === null) {
      this.starting ??= this.repository.graphVersion().then((version) => {
        this.last ??= version;
      });
      await this.starting;
    }
    this.timer ??= setInterval(() => void this.poll(), this.pollMs);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  }

  get size(): number {
    return this.listeners.size;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.last = null;
    this.starting = null;
  }

  private async poll(): Promise<void> {
    if (this.polling || this.last === null) return;
    this.polling = true;
    try {
      const events = await this.repository.logAfter(this.last);
      if (events.length === 0 || this.last === null) return;
      this.last = events[events.length - 1]!.version;
      for (const listener of this.listeners) listener(events);
    } catch (error) {
      this.logger.warn({ err: error }, 'Could not read the change log for live updates; trying again');
    } finally {
      this.polling = false;
    }
  }
}

/** The facts the events name, as they stand now. */
async function loggedFacts(ctx: GraphContext, events: readonly LogEvent[]): Promise<Facts> {
  const recorded = recordedFacts(events);
  const named = parseFactKeys(recorded.keys());
  const wanted = new Set(named.statuses.map((s) => `${s.tenderId}|${s.on}`));
  const [ties, statuses] = await Promise.all([
    ctx.repositories.changes.tieFactsByKeys(named.tieKeys),
    named.statuses.length > 0 ? ctx.repositories.changes.tenderStatuses([], [...new Set(named.statuses.map((s) => s.tenderId))]) : [],
  ]);
  return {
    ties,
    added: named.personIds.map((personId) => ({ personId, on: recorded.get(`added|${personId}`)!.on })),
    statuses: statuses.filter((s) => wanted.has(`${s.tenderId}|${s.on}`)),
  };
}

/** Ties deleted outright: told once, as retracted, since no dated fact remains. */
function removedChanges(events: readonly LogEvent[]): ChangeModel[] {
  const out: ChangeModel[] = [];
  for (const event of events) {
    for (const json of event.removed) {
      let tie: { type?: string; from?: string; to?: string; props?: { key?: string } };
      try {
        tie = JSON.parse(json) as typeof tie;
      } catch {
        continue;
      }
      if (!tie.type || !tie.from || !tie.to) continue;
      const key = tie.props?.key ?? `${tie.type}|${tie.from}|${tie.to}|`;
      const kind = ['WORKS_AT', 'MEMBER_OF', 'ROLE_IN'].includes(tie.type) ? ChangeKind.ROLE_ENDED : ChangeKind.TIE_ENDED;
      out.push(
        baseChange({
          id: changeId(kind, `${key}|removed|${event.version}`, event.on),
          kind,
          on: event.on,
          message: { id: 'change.removed', params: { type: tie.type }, refs: { from: tie.from, to: tie.to } },
          personIds: [tie.from, tie.to],
          entityIds: [tie.from, tie.to],
          tieKeys: [key],
          recorded: { on: event.on, by: event.by, version: event.version },
          retracted: true,
        }),
      );
    }
  }
  return out;
}

/**
 * The changes a batch of log events made in a scope, before visibility: what the live
 * stream pushes and webhooks deliver. Rank moves are never among them (they compare two
 * days: ask `changes`). The people in the scope are read as the batch left the graph (and
 * as of the day before its first write: someone who left the scope with it, a position
 * ended today, is still news there); changes are weighed with the scope's newest ranking
 * ready (rankings.ts), so a large scope's ranking being recomputed after the write does not
 * hold the news back.
 */
async function scopeBatchChanges(ctx: GraphContext, scopeArgs: ScopeArgs, events: readonly LogEvent[]): Promise<ChangeModel[]> {
  // A ranking found stale is computed once this batch's changes are out.
  let pushed!: () => void;
  const answered = new Promise<void>((resolve) => (pushed = resolve));
  try {
    return await batchChangesOf(ctx, scopeArgs, events, answered);
  } finally {
    pushed();
  }
}

/** The changes of a batch in a scope, weighed with the ranking chosen (computed after `answered` when stale). */
async function batchChangesOf(ctx: GraphContext, scopeArgs: ScopeArgs, events: readonly LogEvent[], answered: Promise<void>): Promise<ChangeModel[]> {
  const scope = resolveScope(scopeArgs);
  const recorded = recordedFacts(events);
  const first = events.reduce((day, e) => (e.on < day ? e.on : day), events[0]!.on);
  const last = events.reduce((day, e) => (e.on > day ? e.on : day), events[0]!.on);
  const version = events[events.length - 1]!.version;
  const [power, now, before, facts] = await Promise.all([
    chooseRanking(ctx, scopeArgs, ctx.today, ctx.changeServices?.rankings ? version : null, answered),
    peopleInScope(ctx, { scope: scopeArgs }),
    peopleInScope(ctx, { scope: scopeArgs, asOf: addDays(first, -1) }),
    loggedFacts(ctx, events),
  ]);
  const scores = new Map<string, number>();
  for (const r of power.ranking.ranking) scores.set(r.personId, r.score);
  const derived = deriveChanges(facts, { since: last, until: last, today: ctx.today, recorded, terms: 'upcoming' }, (id) => scores.get(id) ?? 0).filter(
    (c) => c.fact !== null && recorded.has(c.fact),
  );
  const sets = scope.kind === 'everywhere' ? null : { scopeId: scope.id, people: new Set([...before, ...now]), tenders: new Set(facts.statuses.map((s) => s.tenderId)) };
  return [...derived, ...removedChanges(events)].filter((c) => touchesScope(c, sets)).sort(byWeight);
}

/**
 * One batch's changes per scope, worked out once for every subscriber and webhook that
 * reads the same batch (the hub hands each listener the same array); each then keeps the
 * kinds it asked for and what its user may see.
 */
const batchChanges = new WeakMap<readonly LogEvent[], Map<string, Promise<ChangeModel[]>>>();

/**
 * The changes a batch of log events made in a scope that the context's user may see:
 * what the live stream pushes and webhooks deliver (see scopeBatchChanges).
 */
export async function scopeEventChanges(ctx: GraphContext, scopeArgs: ScopeArgs, events: readonly LogEvent[], kinds: ReadonlySet<ChangeKind> | null): Promise<ChangeModel[]> {
  if (events.length === 0) return [];
  const { kind, id } = resolveScope(scopeArgs);
  const perScope = batchChanges.get(events) ?? batchChanges.set(events, new Map()).get(events)!;
  const key = `${kind}:${id}`;
  let all = perScope.get(key);
  if (!all) {
    all = scopeBatchChanges(ctx, scopeArgs, events);
    perScope.set(key, all);
    // A failure is the asker's to report; the next asker of this batch tries again.
    all.catch(() => perScope.delete(key));
  }
  const wanted = (await all).filter((c) => kinds === null || kinds.has(c.kind));
  return visibleChanges(ctx, wanted);
}

/**
 * An async iterator over values pushed into it (graphql-ws reads subscriptions as async
 * iterators); `return()` (the client completes or disconnects) ends it at once, even while
 * it waits.
 */
export class Channel<T> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private done = false;

  constructor(private readonly onClose: () => void) {}

  push(value: T): void {
    if (this.done) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value, done: false });
    } else this.queue.push(value);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.queue.length > 0) return Promise.resolve({ value: this.queue.shift()!, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.done) {
      this.done = true;
      this.onClose();
      this.waiting?.({ value: undefined, done: true });
      this.waiting = null;
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/** One subscription's stream: the hub's batches, turned into this scope's changes in order. */
export async function subscribeToChanges(
  ctx: GraphContext,
  hub: ChangeHub,
  scope: ScopeArgs,
  kinds: ReadonlySet<ChangeKind> | null,
  logger: Logger,
): Promise<AsyncIterableIterator<ChangeModel>> {
  let unsubscribe: () => void = () => undefined;
  const channel = new Channel<ChangeModel>(() => unsubscribe());
  // Batches are handled one after another, so changes come out in the order written.
  let chain = Promise.resolve();
  // Ranked now, so that the first write's changes are weighed without waiting for it.
  const board = ctx.changeServices?.rankings;
  if (board) void ctx.repositories.changes.graphVersion().then((version) => board.refresh({ ...ctx, graphVersion: null }, scope, ctx.today, version)).catch(() => undefined);
  unsubscribe = await hub.subscribe((events) => {
    chain = chain
      .then(async () => {
        for (const change of await scopeEventChanges({ ...ctx, graphVersion: null }, scope, events, kinds)) channel.push(change);
      })
      .catch((error: unknown) => logger.warn({ err: error }, 'Could not turn change log events into live changes'));
  });
  return channel;
}
