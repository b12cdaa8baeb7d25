/**
 * Reading ties and what is at their other end, with the viewer's visibility applied: what
 * the read model of every module (a person's ties, a programme's products, an event's
 * speakers...) is built from.
 */
import type { ResolversInterfaceTypes } from '../../__generated__/resolvers-types.js';
import type { NodeLabel, TieDirection } from '../../__generated__/vocabulary.js';
import type { GraphContext } from '../../context.js';
import { NODE_TYPES, type TieType } from './model.js';
import type { TieEnd } from './ties.js';

export interface TiesArgs {
  types: readonly TieType[];
  direction?: TieDirection;
  /** Default: today. Null: every tie ever recorded (histories). */
  asOf?: string | null;
  minStrength?: number;
}

/** The ties of a node (batched with every other lookup of the request). */
export function tiesOf(ctx: GraphContext, id: string, args: TiesArgs): Promise<TieEnd[]> {
  return ctx.loaders.ties.load({
    id,
    types: args.types,
    direction: args.direction ?? 'both',
    asOf: args.asOf === undefined ? ctx.today : args.asOf,
    minStrength: args.minStrength ?? 0,
  });
}

/** The ids of the other ends of some ties, in order, without repeats. */
export function otherIds(ends: readonly TieEnd[]): string[] {
  return [...new Set(ends.map((end) => end.otherId))];
}

/** Those of `ids` the viewer may see (batched across the request), in order. */
export async function keepVisible(ctx: GraphContext, ids: readonly string[]): Promise<string[]> {
  const seen = await ctx.loaders.visible.loadMany(ids);
  return ids.filter((_, i) => seen[i] === true);
}

/**
 * The labels a tie's other end may have and still be shown (an Entity of the API). Not
 * dossiers (read through the person, behind dossier access), plan steps (through their
 * plan) or sales figures (through key-account health).
 */
const READ_THROUGH_OWNER: ReadonlySet<string> = new Set(['Dossier', 'PlanStep', 'Sales']);
const ENTITY_LABELS: ReadonlySet<string> = new Set(NODE_TYPES.filter((label) => !READ_THROUGH_OWNER.has(label)));

export function isEntityLabel(label: string): label is NodeLabel {
  return ENTITY_LABELS.has(label);
}

/** Any node the API shows, as its module's model. */
export type EntityModel = ResolversInterfaceTypes<Record<string, unknown>>['Entity'];

/** Loads a node of the API by label, marked with its GraphQL type for the Entity interface. */
export async function loadEntity(ctx: GraphContext, label: NodeLabel, id: string): Promise<EntityModel | null> {
  const l = ctx.loaders;
  const model = await (() => {
    switch (label) {
      case 'Person':
        return l.person.load(id);
      case 'Institution':
        return l.institution.load(id);
      case 'Committee':
        return l.committee.load(id);
      case 'Territory':
        return l.territories.load(id);
      case 'Tender':
        return l.tender.load(id);
      case 'Program':
        return l.program.load(id);
      case 'Product':
        return l.product.load(id);
      case 'TherapeuticArea':
        return l.area.load(id);
      case 'Event':
        return l.event.load(id);
      case 'Interaction':
        return l.interaction.load(id);
      case 'User':
        return l.user.load(id);
      case 'Plan':
        return l.plan.load(id);
      case 'Publication':
      case 'Trial':
      case 'Talk':
        return l.work.load(id);
      default:
        return null;
    }
  })();
  // The __typename tells graphql which type of the Entity interface this is.
  return model ? (Object.assign({}, model, { __typename: label }) as EntityModel) : null;
}

/**
 * Any node the API shows, by id. Plans and interactions belong to no territory: they are
 * seen as their person (or participants) are.
 */
export async function nodeById(ctx: GraphContext, id: string): Promise<EntityModel | null> {
  const label = (await ctx.repositories.graph.entityTypes([id])).get(id);
  if (!label || !isEntityLabel(label)) return null;
  if (label !== 'Plan' && label !== 'Interaction') await ctx.access.assertVisible([id], 'id');
  const entity = await loadEntity(ctx, label, id);
  if (entity && 'personId' in entity && typeof entity.personId === 'string') await ctx.access.assertVisible([entity.personId], 'id');
  if (entity && 'personIds' in entity && Array.isArray(entity.personIds)) await assertSomeVisible(ctx, entity.personIds as string[]);
  return entity;
}

async function assertSomeVisible(ctx: GraphContext, ids: readonly string[]): Promise<void> {
  if (ids.length === 0 || (await keepVisible(ctx, ids)).length > 0) return;
  await ctx.access.assertVisible(ids, 'id');
}
