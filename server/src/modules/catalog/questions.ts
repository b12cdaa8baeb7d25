import type { EventFilter, ProductFilter, ProgramFilter } from '../../__generated__/resolvers-types.js';
import type { NodeLabel } from '../../__generated__/vocabulary.js';
import type { GraphContext } from '../../context.js';
import { loadAll } from '../../kernel/graphql/load.js';
import { LIST_PAGE, visibleConnection } from '../../kernel/graphql/connections.js';
import { keepVisible, otherIds, tiesOf } from '../graph/questions.js';
import type { TieType } from '../graph/model.js';
import { tieTalkId, type TalkModel } from './models.js';

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

/**
 * Who spoke at an event and on what, among the people the viewer may see: hand-typed
 * SPOKE_AT ties to the event, and imported talks held at it (their speaker shown only when
 * visible: null while unmatched or outside the viewer's territories).
 */
export async function talksAt(ctx: GraphContext, eventId: string): Promise<TalkModel[]> {
  const [spoken, held] = await Promise.all([
    tiesOf(ctx, eventId, { types: ['SPOKE_AT'], direction: 'in', asOf: null }),
    tiesOf(ctx, eventId, { types: ['HELD_AT'], direction: 'in', asOf: null }),
  ]);
  const ends = spoken.filter((e) => e.otherLabel === 'Person');
  const shown = new Set(await keepVisible(ctx, otherIds(ends)));
  const typed = ends.filter((e) => shown.has(e.otherId)).map((e) => tieTalk(e.otherId, eventId, e.tie.topic));
  return [...typed, ...(await importedTalks(ctx, otherIds(held.filter((e) => e.otherLabel === 'Talk'))))];
}

/** The talks a person gave: hand-typed SPOKE_AT ties to events, and imported talks. */
export async function talksBy(ctx: GraphContext, personId: string): Promise<TalkModel[]> {
  const ends = await tiesOf(ctx, personId, { types: ['SPOKE_AT'], direction: 'out', asOf: null });
  const events = ends.filter((e) => e.otherLabel === 'Event');
  const shown = new Set(await keepVisible(ctx, otherIds(events)));
  const typed = events.filter((e) => shown.has(e.otherId)).map((e) => tieTalk(personId, e.otherId, e.tie.topic));
  return [...typed, ...(await importedTalks(ctx, otherIds(ends.filter((e) => e.otherLabel === 'Talk'))))];
}

function tieTalk(personId: string, eventId: string, topic: string | null): TalkModel {
  return { id: tieTalkId(personId, eventId), personId, eventId, topic, session: null, role: null, date: null, title: null };
}

/** Imported talks by id, their speaker kept only when the viewer may see them. */
export async function importedTalks(ctx: GraphContext, ids: readonly string[]): Promise<TalkModel[]> {
  const talks = (await ctx.loaders.talk.loadMany(ids)).filter((t): t is TalkModel => t !== null && !(t instanceof Error));
  const shown = new Set(await keepVisible(ctx, talks.flatMap((t) => (t.personId ? [t.personId] : []))));
  return talks.map((t) => (t.personId && !shown.has(t.personId) ? { ...t, personId: null } : t));
}
