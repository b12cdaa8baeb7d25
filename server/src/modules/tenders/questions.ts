import type { GraphContext } from '../../context.js';
import { intInRange, NotFoundError } from '../../kernel/errors.js';
import { loadAll } from '../../kernel/graphql/load.js';
import type { DecisionGroupModel, DecisionMemberModel, SpecShaperModel, TenderModel } from './models.js';
import { adviceText, evaluateDecisionGroup, weighWords } from './rules/decision-group.js';
import { rankSpecShapers, weighDrafters } from './rules/spec-shapers.js';
import { stageRank } from '../graph/model.js';

export interface SpecShapersArgs {
  tenderId: string;
  maxHops?: number | null;
  asOf?: string | null;
  without?: readonly string[] | null;
  first?: number | null;
}

async function assertTender(ctx: GraphContext, tenderId: string): Promise<void> {
  const types = await ctx.repositories.graph.entityTypes([tenderId]);
  if (types.get(tenderId) !== 'Tender') throw new NotFoundError('tenderId', 'tender', tenderId);
}

export async function tender(ctx: GraphContext, id: string): Promise<TenderModel | null> {
  await ctx.access.assertVisible([id], 'id');
  return ctx.loaders.tender.load(id);
}

/** Tenders soonest first (those of a territory when one is given), among those the viewer may see. */
export async function listTenders(ctx: GraphContext, args: { territoryId?: string | null; first?: number | null }): Promise<TenderModel[]> {
  await ctx.access.assertVisible([args.territoryId], 'territoryId');
  const ids = await ctx.repositories.tenders.ids(args.territoryId ?? null, intInRange('first', args.first, 50, 1, 500));
  const visible = await ctx.access.visible(ids);
  return loadAll(ctx.loaders.tender, ids.filter((id) => visible.has(id)));
}

/** Who shapes a tender's specification: its drafters and the people who influence them, several hops out. */
export async function specShapers(ctx: GraphContext, args: SpecShapersArgs): Promise<SpecShaperModel[]> {
  const maxHops = intInRange('maxHops', args.maxHops, 3, 0, 6);
  const first = intInRange('first', args.first, 50, 1, 500);
  const asOf = args.asOf ?? ctx.today;
  await assertTender(ctx, args.tenderId);
  const without = new Set(args.without ?? []);
  const drafters = weighDrafters(await ctx.repositories.tenders.drafters(args.tenderId, asOf), without);
  if (drafters.size === 0) return [];
  const edges = maxHops > 0 ? await ctx.repositories.tenders.influenceBall([...drafters.keys()], asOf, maxHops, without) : [];
  return rankSpecShapers(drafters, edges, maxHops).slice(0, first);
}

/** Which decision-group roles of a tender we reach, which we do not, and what each weighs. */
export async function decisionGroup(ctx: GraphContext, args: { tenderId: string; asOf?: string | null }): Promise<DecisionGroupModel> {
  const asOf = args.asOf ?? ctx.today;
  await assertTender(ctx, args.tenderId);
  const rows = await ctx.repositories.tenders.decisionGroup(args.tenderId, asOf);
  const details = new Map<string, DecisionMemberModel>();
  const members = rows.map((row) => {
    const best = [...row.relations].sort((a, b) => stageRank(b.stage) - stageRank(a.stage))[0];
    details.set(`${row.personId}|${row.role}`, {
      personId: row.personId,
      stage: best ? best.stage : null,
      contactUserId: best?.userId ?? null,
      ownerIds: row.owners,
    });
    return { personId: row.personId, role: row.role, bestStage: best ? best.stage : null, ownerId: row.owners[0] ?? null };
  });
  const evaluated = evaluateDecisionGroup(members);
  return {
    tenderId: args.tenderId,
    asOf,
    coverage: evaluated.coverage,
    uncoveredRoles: evaluated.missingRoles,
    roles: evaluated.roles.map((role) => ({
      role: role.role,
      covered: role.covered,
      bestStage: role.bestStage,
      weighs: weighWords(role.weighs, ctx.locale),
      advice: adviceText(role, ctx.locale),
      members: role.members.map((m) => details.get(`${m.personId}|${role.role}`)!),
    })),
  };
}
