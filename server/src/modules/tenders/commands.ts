import type { GraphContext } from '../../context.js';
import { upsertNode, type NodeInput } from '../graph/commands.js';

export async function upsertTender(ctx: GraphContext, input: NodeInput) {
  const { id, errors } = await upsertNode(ctx, 'Tender', input, ['date', 'value', 'currency', 'status', 'specification'], [
    { field: 'issuerId', type: 'ISSUES', allowed: ['Institution', 'Committee'], reverse: true },
  ]);
  if (errors.length) return { ok: false, errors, tender: null };
  ctx.loaders.tender.clear(id);
  return { ok: true, errors: [], tender: await ctx.loaders.tender.load(id) };
}
