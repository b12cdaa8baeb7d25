import type { GraphContext } from '../../context.js';
import { upsertNode, type NodeInput } from '../graph/commands.js';

export async function upsertInstitution(ctx: GraphContext, input: NodeInput) {
  const { id, errors } = await upsertNode(ctx, 'Institution', input, ['kind', 'city'], [
    { field: 'territoryId', type: 'LOCATED_IN', allowed: ['Territory'] },
    { field: 'partOfId', type: 'PART_OF', allowed: ['Institution'] },
  ]);
  if (errors.length) return { ok: false, errors, institution: null };
  ctx.loaders.institution.clear(id);
  return { ok: true, errors: [], institution: await ctx.loaders.institution.load(id) };
}

export async function upsertCommittee(ctx: GraphContext, input: NodeInput) {
  const { id, errors } = await upsertNode(ctx, 'Committee', input, ['kind'], [{ field: 'institutionId', type: 'PART_OF', allowed: ['Institution'] }]);
  if (errors.length) return { ok: false, errors, committee: null };
  ctx.loaders.committee.clear(id);
  return { ok: true, errors: [], committee: await ctx.loaders.committee.load(id) };
}
