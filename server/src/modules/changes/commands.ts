/**
 * Watching and reading the inbox: the user's own bookkeeping. Expected failures are data
 * (`{ ok: false, errors }`), worded from the message catalogue.
 */
import type { GraphContext } from '../../context.js';
import { failed, fieldError, type FieldError } from '../../kernel/errors.js';
import type { InboxModel, WatchModel } from './models.js';
import { inbox, scopeOfWatch } from './questions.js';
import type { KeptRanking } from './repository.js';
import { keptEntries } from './rules/rank-moves.js';

/** What may be watched. */
const WATCHABLE: ReadonlySet<string> = new Set(['Person', 'Institution', 'Committee', 'Tender', 'Territory']);

export interface WatchPayloadModel {
  ok: boolean;
  errors: FieldError[];
  watch: WatchModel | null;
}

async function checkWatchable(ctx: GraphContext, id: string): Promise<WatchPayloadModel | null> {
  const label = (await ctx.repositories.graph.entityTypes([id])).get(id);
  if (!label) return failed([fieldError('id', 'error.noSuchNode', { id })], { watch: null });
  if (!WATCHABLE.has(label)) return failed([fieldError('id', 'error.watchKind', { id, label })], { watch: null });
  await ctx.access.assertVisible([id], 'id');
  return null;
}

export async function watch(ctx: GraphContext, id: string): Promise<WatchPayloadModel> {
  const refused = await checkWatchable(ctx, id);
  if (refused) return refused;
  const watched = await ctx.repositories.changes.watch(ctx.viewer.userId, id, ctx.today);
  return { ok: true, errors: [], watch: watched };
}

export async function unwatch(ctx: GraphContext, id: string): Promise<WatchPayloadModel> {
  const removed = await ctx.repositories.changes.unwatch(ctx.viewer.userId, id);
  if (!removed) return failed([fieldError('id', 'error.notWatched', { id })], { watch: null });
  return { ok: true, errors: [], watch: removed };
}

/**
 * Empties the inbox: what was in it is read, and what is written from now on fills it
 * again. Each watched scope's ranking is kept as it stands (waiting for a write still being
 * ranked), so later rank moves are told against it.
 */
export async function markInboxRead(ctx: GraphContext): Promise<{ ok: boolean; errors: never[]; inbox: InboxModel }> {
  const before = await inbox(ctx, { waitForRanking: true });
  const rankings: KeptRanking[] = [];
  for (const watch of before.watches) {
    const ranking = scopeOfWatch(watch) ? before.rankedAfter.get(watch.entityId) : undefined;
    if (ranking) rankings.push({ scopeId: watch.entityId, entries: keptEntries(ranking) });
  }
  await ctx.repositories.changes.markInboxRead(ctx.viewer.userId, ctx.today, before.version, rankings);
  return { ok: true, errors: [], inbox: await inbox(ctx) };
}
