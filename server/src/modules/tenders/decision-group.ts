import { evaluateDecisionGroup } from './rules/decision-group.js';
import { RELATIONSHIP_STAGES } from '../graph/model.js';
import type { GraphContext } from '../../context.js';
import { NotFoundError } from '../../kernel/errors.js';
import type { DecisionGroupModel, DecisionMemberModel } from '../../models.js';

export async function decisionGroup(ctx: GraphContext, args: { tenderId: string; asOf?: string | null }): Promise<DecisionGroupModel> {
  const asOf = args.asOf ?? ctx.today;
  const analytics = ctx.repositories.analytics;
  const types = await analytics.entityTypes([args.tenderId]);
  if (types.get(args.tenderId) !== 'Tender') throw new NotFoundError('tenderId', 'tender', args.tenderId);

  const rows = await analytics.decisionGroup(args.tenderId, asOf);
  const details = new Map<string, DecisionMemberModel>();
  const members = rows.map((row) => {
    const best = [...row.relations].sort((a, b) => stageIndex(b.stage) - stageIndex(a.stage))[0];
    const stage = best ? best.stage : 'unknown';
    details.set(`${row.personId}|${row.role}`, {
      personId: row.personId,
      stage,
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
      bestStage: role.bestStage ?? 'unknown',
      weighs: role.weighs,
      advice: role.advice,
      members: role.members.map((m) => details.get(`${m.personId}|${role.role}`)!),
    })),
  };
}

function stageIndex(stage: string | null | undefined): number {
  return (RELATIONSHIP_STAGES as readonly string[]).indexOf(stage ?? 'unknown');
}
