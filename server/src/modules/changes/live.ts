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
import { resolveScope, scopePower, type ScopeArgs } from '../power/questions.js';
import { visibleChanges } from './feed.js';
import type { ChangeModel } from './models.js';
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
 * The changes a batch of log events made in a scope that the context's user may see:
 * what the live stream pushes and webhooks deliver. Rank moves are never among them
 * (they compare two days: ask `changes`).
 */
export async function scopeEventChanges(ctx: GraphContext, scopeArgs: ScopeArgs, events: readonly LogEvent[], kinds: ReadonlySet<ChangeKind> | null): Promise<ChangeModel[]> {
  if (events.length === 0) return [];
  const scope = resolveScope(scopeArgs);
  const recorded = recordedFacts(events);
  const first = events.reduce((day, e) => (e.on < day ? e.on : day), events[0]!.on);
  const last = events.reduce((day, e) => (e.on > day ? e.on : day), events[0]!.on);
  // Someone who left the scope with this write (a position ended today) is still news in it.
  const [now, before] = await Promise.all([scopePower(ctx, { scope: scopeArgs }), scopePower(ctx, { scope: scopeArgs, asOf: addDays(first, -1) })]);
  const scores = new Map<string, number>();
  for (const r of before.result.ranking) scores.set(r.personId, r.score);
  for (const r of now.result.ranking) scores.set(r.personId, r.score);
  const facts = await loggedFacts(ctx, events);
  const derived = deriveChanges(facts, { since: last, until: last, today: ctx.today, recorded, terms: 'upcoming' }, (id) => scores.get(id) ?? 0).filter(
    (c) => c.fact !== null && recorded.has(c.fact),
  );
  const sets = scope.kind === 'everywhere' ? null : { scopeId: scope.id, people: new Set([...before.ids, ...now.ids]), tenders: new Set(facts.statuses.map((s) => s.tenderId)) };
  const all = [...derived, ...removedChanges(events)].filter((c) => touchesScope(c, sets) && (kinds === null || kinds.has(c.kind)));
  return (await visibleChanges(ctx, all)).sort(byWeight);
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
  unsubscribe = await hub.subscribe((events) => {
    chain = chain
      .then(async () => {
        for (const change of await scopeEventChanges({ ...ctx, graphVersion: null }, scope, events, kinds)) channel.push(change);
      })
      .catch((error: unknown) => logger.warn({ err: error }, 'Could not turn change log events into live changes'));
  });
  return channel;
}
