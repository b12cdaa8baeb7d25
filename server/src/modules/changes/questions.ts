/**
 * The change feed's questions: `changes(scope, since, until, kinds)`, the inbox of what a
 * user watches, and their watches. Access first (a KAM asks only about their
 * territories), then the feed (feed.ts), then visibility on every node of every change.
 */
import { ChangeKind } from '../../__generated__/vocabulary.js';
import type { GraphContext } from '../../context.js';
import { connectionOfList, LIST_PAGE } from '../../kernel/graphql/connections.js';
import { addDays } from '../../kernel/dates.js';
import { BadInputError } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n/catalogue.js';
import { keepVisible } from '../graph/questions.js';
import { assertMaySeeScope, resolveScope, type ScopeArgs } from '../power/questions.js';
import { changesOfFacts, dayBefore, readFacts, scopeChanges, visibleChanges } from './feed.js';
import { readerVersion } from './rankings.js';
import type { ChangeListModel, ChangeModel, InboxModel, WatchCountModel, WatchModel } from './models.js';
import { byDate, byWeight } from './rules/derive.js';
import { groupRankMoves } from './rules/rank-groups.js';
import { parseKept, type Ranked } from './rules/rank-moves.js';

export type ChangeOrder = 'weight' | 'newest';

export interface ChangesArgs {
  scope: ScopeArgs;
  since: string;
  until?: string | null;
  kinds?: readonly ChangeKind[] | null;
  orderBy?: ChangeOrder | null;
  first?: number | null;
  after?: string | null;
}

/** A window checked: since on or before until, until by default today. */
export function checkWindow(since: string, until: string | null | undefined, today: string): { since: string; until: string } {
  const end = until ?? today;
  if (since > end) throw new BadInputError('since', message('error.window', { since, until: end }));
  return { since, until: end };
}

/** What changed in a scope between two days, as a connection, weightiest first. */
export async function changes(ctx: GraphContext, args: ChangesArgs): Promise<ChangeListModel> {
  const { since, until } = checkWindow(args.since, args.until, ctx.today);
  const scope = await assertMaySeeScope(ctx, args.scope);
  const [events, version] = await Promise.all([ctx.repositories.changes.logOfWindow(since, until), readerVersion(ctx)]);
  const rankedBefore = dayBefore(since);
  const feed = await scopeChanges(ctx, { scope: args.scope, since, until, terms: 'upcoming', rankedBefore, events, version });
  // Asked again once the ranking is ready, the answer changes without a write: not kept whole.
  if (feed.rankingPending) ctx.provisional.marked = true;
  const shown = await visibleChanges(ctx, feed.changes);
  const filter = { scope, since, until, kinds: args.kinds ? [...args.kinds].sort() : null, orderBy: args.orderBy ?? 'weight' };
  return listOf('changes', filter, shown, args, { since, until, rankedBefore, rankedAfter: until, rankingPending: feed.rankingPending });
}

function listOf(
  list: string,
  filter: unknown,
  all: readonly ChangeModel[],
  args: { kinds?: readonly ChangeKind[] | null; orderBy?: ChangeOrder | null; first?: number | null; after?: string | null },
  window: { since: string; until: string; rankedBefore: string; rankedAfter: string; rankingPending: boolean },
): ChangeListModel {
  const kinds = args.kinds && args.kinds.length > 0 ? new Set(args.kinds) : null;
  const kept = kinds ? all.filter((c) => kinds.has(c.kind)) : [...all];
  kept.sort(args.orderBy === 'newest' ? byDate : byWeight);
  const counts = new Map<ChangeKind, number>();
  for (const c of kept) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  return {
    ...connectionOfList(list, filter, args, LIST_PAGE, kept),
    countsByKind: [...counts].map(([kind, count]) => ({ kind, count })),
    ...window,
  };
}

/** When the inbox was never read, it covers this many days. */
export const INBOX_FIRST_DAYS = 30;

const SCOPE_ARG: Record<string, keyof ScopeArgs> = {
  Territory: 'territoryId',
  Institution: 'institutionId',
  Committee: 'committeeId',
  Tender: 'tenderId',
};

/** A watched territory, institution, committee or tender as a scope (null: a person). */
export function scopeOfWatch(watch: Pick<WatchModel, 'label' | 'entityId'>): ScopeArgs | null {
  const arg = SCOPE_ARG[watch.label];
  return arg ? { [arg]: watch.entityId } : null;
}

/**
 * The changes touching what the viewer watches since they last read their inbox: for a
 * watched scope, its feed over the days after the read day (terms told once, as they come
 * within reach) and rank moves against the ranking kept when the inbox was last read
 * (recomputed as of the read day for a scope watched since), grouped into one change per
 * scope that lists the moves that matter (rules/rank-groups.ts); for a watched person, the
 * changes that involve them, weighing 0 unless they also lie in a watched scope (a person
 * alone is no scope to weigh power in). What was written through the API after the read
 * counts whatever day it took effect.
 */
export async function inbox(ctx: GraphContext, options: { since?: string; waitForRanking?: boolean } = {}): Promise<InboxModel> {
  const repo = ctx.repositories.changes;
  const [stored, version, keptRankings] = await Promise.all([repo.watches(ctx.viewer.userId), repo.graphVersion(), options.since ? null : repo.keptRankings(ctx.viewer.userId)]);
  // A digest may ask from a day of its own: the read mark is then set aside.
  const state = options.since ? { ...stored, readOn: addDays(options.since, -1), readVersion: null } : stored;
  const watches = await visibleWatches(ctx, state.watches);
  const since = state.readOn ? addDays(state.readOn, 1) : addDays(ctx.today, -INBOX_FIRST_DAYS);
  const until = ctx.today;
  if (options.since) checkWindow(options.since, until, ctx.today);
  const events = state.readVersion !== null ? await repo.logAfter(state.readVersion) : await repo.logOfWindow(since, until);
  const byId = new Map<string, ChangeModel>();
  const watchedBy = new Map<string, string[]>();
  const add = (change: ChangeModel, watched: string) => {
    const known = byId.get(change.id);
    if (!known || known.weight < change.weight) byId.set(change.id, change);
    const list = watchedBy.get(change.id) ?? watchedBy.set(change.id, []).get(change.id)!;
    if (!list.includes(watched)) list.push(watched);
  };
  const people = watches.filter((w) => w.label === 'Person').map((w) => w.entityId);
  if (people.length > 0) {
    const window = { since, until, terms: 'entered' as const, events };
    const facts = await readFacts(ctx, people, [], window);
    const watched = new Set(people);
    for (const change of changesOfFacts(ctx, facts, window, null, () => 0)) {
      for (const id of change.personIds) if (watched.has(id)) add(change, id);
    }
  }
  const rankedBefore = state.readOn ?? dayBefore(since);
  const rankedAfter = new Map<string, readonly Ranked[]>();
  let rankingPending = false;
  for (const watch of watches) {
    const scope = scopeOfWatch(watch);
    if (!scope) continue;
    const entries = keptRankings?.get(watch.entityId);
    const kept = entries ? parseKept(entries) : null;
    const feed = await scopeChanges(ctx, { scope, since, until, terms: 'entered', rankedBefore, kept, events, version: ctx.changeServices ? version : null, waitForRanking: options.waitForRanking });
    rankingPending ||= feed.rankingPending;
    rankedAfter.set(watch.entityId, feed.rankedAfter);
    for (const change of feed.changes) add(change, watch.entityId);
  }
  const visible = await visibleChanges(ctx, [...byId.values()]);
  const changes = groupScopeRankMoves(visible, watches, watchedBy, { beforeDay: rankedBefore, afterDay: until, watched: new Set(people) }).sort(byWeight);
  return { readOn: state.readOn, since, until, changes, watchedBy, watches, version, rankingPending, rankedAfter };
}

/**
 * Each watched scope's rank moves as one change (rules/rank-groups.ts), after visibility so
 * that a move the viewer may not see drops out of its group rather than taking the group
 * with it. A rank move belongs to one scope (its id names it), the scope it was found in.
 */
function groupScopeRankMoves(
  changes: readonly ChangeModel[],
  watches: readonly WatchModel[],
  watchedBy: Map<string, string[]>,
  options: { beforeDay: string; afterDay: string; watched: ReadonlySet<string> },
): ChangeModel[] {
  const out: ChangeModel[] = [];
  const movesOf = new Map<string, ChangeModel[]>();
  for (const change of changes) {
    const scopeId = change.kind === ChangeKind.RANK_MOVED ? watchedBy.get(change.id)?.[0] : undefined;
    if (scopeId === undefined) out.push(change);
    else (movesOf.get(scopeId) ?? movesOf.set(scopeId, []).get(scopeId)!).push(change);
  }
  for (const watch of watches) {
    const moves = movesOf.get(watch.entityId);
    const scope = scopeOfWatch(watch);
    if (!moves || !scope) continue;
    const group = groupRankMoves(moves, { ...options, scope: resolveScope(scope) });
    if (!group) continue;
    out.push(group);
    watchedBy.set(group.id, [watch.entityId]);
  }
  return out;
}

/** The inbox's changes as a connection. */
export function inboxChanges(
  ctx: GraphContext,
  model: InboxModel,
  args: { watch?: string | null; kinds?: readonly ChangeKind[] | null; orderBy?: ChangeOrder | null; first?: number | null; after?: string | null },
): ChangeListModel {
  const watch = args.watch ?? null;
  const filter = { user: ctx.viewer.userId, since: model.since, version: model.version, watch, kinds: args.kinds ? [...args.kinds].sort() : null, orderBy: args.orderBy ?? 'weight' };
  const changes = watch === null ? model.changes : model.changes.filter((c) => model.watchedBy.get(c.id)?.includes(watch));
  return listOf('inbox', filter, changes, args, { since: model.since, until: model.until, rankedBefore: model.readOn ?? dayBefore(model.since), rankedAfter: model.until, rankingPending: model.rankingPending });
}

export function inboxCountsByWatch(model: InboxModel): WatchCountModel[] {
  const counts = new Map<string, number>();
  for (const change of model.changes) for (const id of model.watchedBy.get(change.id) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  return model.watches.filter((w) => counts.has(w.entityId)).map((w) => ({ entityId: w.entityId, label: w.label, count: counts.get(w.entityId)! }));
}

/** What the viewer watches that they may still see (a territory taken from a KAM drops out). */
export async function watches(ctx: GraphContext): Promise<WatchModel[]> {
  return visibleWatches(ctx, (await ctx.repositories.changes.watches(ctx.viewer.userId)).watches);
}

async function visibleWatches(ctx: GraphContext, list: readonly WatchModel[]): Promise<WatchModel[]> {
  const seen = new Set(await keepVisible(ctx, list.map((w) => w.entityId)));
  return list.filter((w) => seen.has(w.entityId));
}
