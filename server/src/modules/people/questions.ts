import type { PeopleFilter } from '../../__generated__/resolvers-types.js';
import type { PeopleOrder, RelationshipStage, TieDirection } from '../../__generated__/vocabulary.js';
import { visibleConnection } from '../../kernel/graphql/connections.js';
import { assertMaySeeScope, scopePower } from '../power/questions.js';
import type { GraphContext } from '../../context.js';
import { BadInputError, intInRange } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n/catalogue.js';
import { loadAll } from '../../kernel/graphql/load.js';
import { TIE_TYPES, type TieType } from '../graph/model.js';
import { isEntityLabel, keepVisible, otherIds, tiesOf } from '../graph/questions.js';
import type { TieEnd } from '../graph/ties.js';
import { tieWeight } from '../power/rules/influence-ties.js';
import type { PersonModel } from './models.js';
import { stanceTowardUs } from './rules/stance.js';

/**
 * One person, for their page: the visibility check and every part of their detail run
 * side by side (the detail is dropped when the check refuses), and the person's fields
 * then resolve from what that one statement brought.
 */
export async function person(ctx: GraphContext, id: string): Promise<PersonModel | null> {
  const [, details] = await Promise.all([ctx.access.assertVisible([id], 'id'), ctx.loaders.personDetails(id)]);
  return details?.person ?? null;
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

/** Tie types a person's `ties` may show: dossiers, interactions and plans have their own fields. */
export const PERSON_TIE_TYPES: readonly TieType[] = TIE_TYPES.filter(
  (t) => !['HAS_DOSSIER', 'PARTICIPATED_IN', 'TARGETS', 'HAS_STEP', 'ABOUT', 'FOR', 'FOLLOWS_UP'].includes(t),
);

/** A person's ties as the viewer may see them: other ends outside their territories stay out. */
export async function personTies(
  ctx: GraphContext,
  personId: string,
  args: { types?: readonly TieType[] | null; direction?: TieDirection | null; asOf?: string | null; minStrength?: number | null },
): Promise<TieEnd[]> {
  const types = args.types ?? PERSON_TIE_TYPES;
  const hidden = types.filter((t) => !PERSON_TIE_TYPES.includes(t));
  if (hidden.length > 0) {
    throw new BadInputError('types', message('error.hiddenTieTypes', { types: hidden.join(', '), count: hidden.length }));
  }
  const minStrength = args.minStrength ?? 0;
  if (!(minStrength >= 0 && minStrength <= 1)) throw new BadInputError('minStrength', message('api.range', { min: 0, max: 1, got: String(minStrength) }));
  const ends = await tiesOf(ctx, personId, { types, direction: args.direction ?? 'both', asOf: args.asOf ?? ctx.today, minStrength });
  const shown = new Set(await keepVisible(ctx, otherIds(ends)));
  return ends.filter((e) => shown.has(e.otherId) && isEntityLabel(e.otherLabel));
}

/** INFLUENCES ties one way, strongest (by strength × confidence) first. */
export async function influenceTies(ctx: GraphContext, personId: string, direction: 'out' | 'in', asOf: string | null | undefined) {
  const ends = await personTies(ctx, personId, { types: ['INFLUENCES'], direction, asOf: asOf ?? ctx.today });
  return ends
    .map((e) => ({
      from: e.tie.from,
      to: e.tie.to,
      strength: e.tie.strength ?? 0.5,
      confidence: e.tie.confidence,
      source: e.tie.source,
      basis: e.tie.basis,
      domain: e.tie.domain,
      domainName: null,
      since: e.tie.since,
      until: e.tie.until,
    }))
    .sort((a, b) => tieWeight(b.strength, b.confidence) - tieWeight(a.strength, a.confidence) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

/** A strategist's people search: filters in the database, power rank and order from the scope's balance of power. */
export async function findPeople(
  ctx: GraphContext,
  args: { search?: string | null; filter?: PeopleFilter | null; orderBy?: PeopleOrder | null; first?: number | null; after?: string | null },
) {
  const filter = args.filter ?? {};
  const orderBy = args.orderBy ?? 'name';
  const rank = filter.powerRankWithin;
  if (orderBy === 'power' && !rank) throw new BadInputError('orderBy', message('error.powerOrder'));
  for (const [field, value] of [['stanceAtLeast', filter.stanceAtLeast], ['stanceAtMost', filter.stanceAtMost]] as const) {
    if (value !== null && value !== undefined && !(value >= -2 && value <= 2)) throw new BadInputError(`filter.${field}`, message('api.range', { min: -2, max: 2, got: String(value) }));
  }
  let ranked: string[] | null = null;
  if (rank) {
    const top = intInRange('filter.powerRankWithin.top', rank.top, 100, 1, 100_000);
    await assertMaySeeScope(ctx, rank.scope);
    ranked = (await scopePower(ctx, { scope: rank.scope })).result.ranking.slice(0, top).map((r) => r.personId);
  }
  const ids = await ctx.repositories.people.find({
    search: args.search ? withoutAccents(args.search) : null,
    categories: filter.categories ?? null,
    specialty: filter.specialty ?? null,
    territoryId: filter.territoryId ?? null,
    institutionId: filter.institutionId ?? null,
    committeeId: filter.committeeId ?? null,
    stages: filter.ourStages ?? null,
    reached: filter.reached ?? null,
    stanceMin: filter.stanceAtLeast ?? null,
    stanceMax: filter.stanceAtMost ?? null,
    ids: ranked,
    today: ctx.today,
  });
  if (orderBy === 'power' && ranked) {
    const position = new Map(ranked.map((id, i) => [id, i]));
    ids.sort((a, b) => position.get(a)! - position.get(b)!);
  }
  return visibleConnection('people', { search: args.search ?? null, filter, orderBy }, args, PEOPLE_PAGE, ids, (x) => ctx.access.visible(x), (page) => loadAll(ctx.loaders.person, page));
}

const PEOPLE_PAGE = { defaultFirst: 20, maxFirst: 200 };

/** Lower case without combining accents: how find-people.cypher compares names. */
function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}
