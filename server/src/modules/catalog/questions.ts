import type { EventFilter, ProductFilter, ProgramFilter } from '../../__generated__/resolvers-types.js';
import type { NodeLabel } from '../../__generated__/vocabulary.js';
import type { GraphContext } from '../../context.js';
import { loadAll } from '../../kernel/graphql/load.js';
import { LIST_PAGE, visibleConnection } from '../../kernel/graphql/connections.js';
import { keepVisible, otherIds, tiesOf } from '../graph/questions.js';
import type { TieType } from '../graph/model.js';
import type { TalkModel } from './models.js';

type Page = { first?: number | null; after?: string | null };
const visible = (ctx: GraphContext) => (ids: readonly string[]) => ctx.access.visible(ids);

export async function programs(ctx: GraphContext, args: { filter?: ProgramFilter | null } & Page) {
  const filter = args.filter ?? {};
  const ids = await ctx.repositories.catalog.programIds(filter);
  return visibleConnection('programs', filter, args, LIST_PAGE, ids, visible(ctx), (page) => loadAll(ctx.loaders.program, page));
}

export async function products(ctx: GraphContext, args: { filter?: ProductFilter | null } & Page) {
  const filter = args.filter ?? {};
  const ids = await ctx.repositories.catalog.productIds(filter);
  return visibleConnection('products', filter, args, LIST_PAGE, ids, visible(ctx), (page) => loadAll(ctx.loaders.product, page));
}

export async function events(ctx: GraphContext, args: { filter?: EventFilter | null } & Page) {
  const filter = args.filter ?? {};
  const ids = await ctx.repositories.catalog.eventIds(filter);
  return visibleConnection('events', filter, args, LIST_PAGE, ids, visible(ctx), (page) => loadAll(ctx.loaders.event, page));
}

/** One item by id when the viewer may see it (FORBIDDEN otherwise, null when there is none). */
export async function one<T>(ctx: GraphContext, id: string, load: (id: string) => Promise<T | null>): Promise<T | null> {
  await ctx.access.assertVisible([id], 'id');
  return load(id);
}

/**
 * The other ends of a node's ties of some types that the viewer may see, as ids; only
 * those with `label` when one is given (a speaker is a person, not one of our users).
 */
export async function related(
  ctx: GraphContext,
  id: string,
  types: readonly TieType[],
  direction: 'out' | 'in',
  asOf?: string | null,
  label?: NodeLabel,
): Promise<string[]> {
  const ends = await tiesOf(ctx, id, { types, direction, ...(asOf !== undefined ? { asOf } : {}) });
  return keepVisible(ctx, otherIds(label ? ends.filter((e) => e.otherLabel === label) : ends));
}

/** Who spoke at an event and on what, among the people the viewer may see. */
export async function talksAt(ctx: GraphContext, eventId: string): Promise<TalkModel[]> {
  const ends = (await tiesOf(ctx, eventId, { types: ['SPOKE_AT'], direction: 'in', asOf: null })).filter((e) => e.otherLabel === 'Person');
  const shown = new Set(await keepVisible(ctx, otherIds(ends)));
  return ends.filter((e) => shown.has(e.otherId)).map((e) => ({ personId: e.otherId, eventId, topic: e.tie.topic }));
}

/** The talks a person gave. */
export async function talksBy(ctx: GraphContext, personId: string): Promise<TalkModel[]> {
  const ends = await tiesOf(ctx, personId, { types: ['SPOKE_AT'], direction: 'out', asOf: null });
  const shown = new Set(await keepVisible(ctx, otherIds(ends)));
  return ends.filter((e) => shown.has(e.otherId)).map((e) => ({ personId, eventId: e.otherId, topic: e.tie.topic }));
}
