import type { GraphContext } from '../../context.js';
import type { Viewer } from '../../kernel/auth/viewer.js';
import type { TerritoryModel } from './models.js';

/** Every territory for admins and strategists, a KAM's or manager's own otherwise. */
export async function territoriesSeenBy(ctx: GraphContext, viewer: Viewer = ctx.viewer): Promise<TerritoryModel[]> {
  const all = await ctx.repositories.territories.list();
  return viewer.territoryIds === null ? all : all.filter((t) => viewer.territoryIds!.has(t.id));
}

export async function territory(ctx: GraphContext, id: string): Promise<TerritoryModel | null> {
  await ctx.access.assertVisible([id], 'id');
  return ctx.loaders.territories.load(id);
}
