import type { GraphContext } from '../../context.js';
import { intInRange } from '../../kernel/errors.js';
import { loadAll } from '../../kernel/graphql/load.js';
import type { RelationshipStage } from '../../__generated__/vocabulary.js';
import type { PersonModel } from './models.js';
import { stanceTowardUs } from './rules/stance.js';

export async function person(ctx: GraphContext, id: string): Promise<PersonModel | null> {
  await ctx.access.assertVisible([id], 'id');
  return ctx.loaders.person.load(id);
}

/** People whose name contains the text, among those the viewer may see. */
export async function searchPeople(ctx: GraphContext, args: { search: string; first?: number | null }): Promise<PersonModel[]> {
  const ids = await ctx.repositories.people.search(args.search, intInRange('first', args.first, 20, 1, 200));
  const visible = await ctx.access.visible(ids);
  return loadAll(ctx.loaders.person, ids.filter((id) => visible.has(id)));
}

/** Our users' best relationship with a person, or none. */
export async function bestRelationship(ctx: GraphContext, personId: string) {
  return (await ctx.loaders.relationships.load(personId))[0];
}

/** The stage our best relationship with a person has reached (null when nobody has one). */
export async function ourStage(ctx: GraphContext, personId: string): Promise<RelationshipStage | null> {
  return (await bestRelationship(ctx, personId))?.stage ?? null;
}

/** The user who owns the person's account, if any. */
export async function ownerIdOf(ctx: GraphContext, personId: string): Promise<string | null> {
  return (await ctx.loaders.relationships.load(personId)).find((r) => r.owns)?.userId ?? null;
}

/** Users who own the person's account. */
export async function ownerIdsOf(ctx: GraphContext, personId: string): Promise<string[]> {
  return (await ctx.loaders.relationships.load(personId)).filter((r) => r.owns).map((r) => r.userId);
}

/** Mean stance toward our company and products (-2..2), null when none is recorded. */
export async function stanceOf(ctx: GraphContext, personId: string): Promise<number | null> {
  return stanceTowardUs(await ctx.loaders.stances.load(personId));
}
