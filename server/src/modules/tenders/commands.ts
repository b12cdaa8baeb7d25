import type { TenderInput } from '../../__generated__/resolvers-types.js';
import type { GraphContext } from '../../context.js';
import { failed, fieldError, type FieldError } from '../../kernel/errors.js';
import { upsertNode, assertMayWriteTie } from '../graph/commands.js';
import { appendStatus } from './rules/status-history.js';

export async function upsertTender(ctx: GraphContext, input: TenderInput) {
  // A status that changes is added to the history, dated today.
  const current = input.id ? await ctx.loaders.tender.load(input.id) : null;
  const statusHistory = input.status && input.status !== current?.status ? appendStatus(current?.statusHistory ?? [], input.status, ctx.today) : undefined;
  // A new tender is valued in the country's currency unless it says otherwise.
  const currency = input.currency ?? (current ? undefined : ctx.countryPack.currency);
  const { id, errors } = await upsertNode(
    ctx,
    'Tender',
    { ...input, ...(currency ? { currency } : {}), ...(statusHistory ? { statusHistory } : {}) },
    ['date', 'value', 'currency', 'status', 'procedure', 'specification', 'preparationStart', 'statusHistory'],
    [{ field: 'issuerId', type: 'ISSUES', allowed: ['Institution', 'Committee'], reverse: true }],
  );
  if (errors.length) return { ok: false, errors, tender: null };
  ctx.loaders.tender.clear(id);
  return { ok: true, errors: [], tender: await ctx.loaders.tender.load(id) };
}

/** The tender was awarded: its status and history, and the AWARDED_TO tie to the winner, in one transaction. */
export async function recordTenderOutcome(
  ctx: GraphContext,
  args: { tenderId: string; winnerId: string; price?: number | null; currency?: string | null; on?: string | null; source?: string | null },
) {
  await assertMayWriteTie(ctx, [args.tenderId, args.winnerId]);
  const on = args.on ?? ctx.today;
  const errors: FieldError[] = [];
  if (on > ctx.today) errors.push(fieldError('on', 'error.inFuture', { on }));
  if (args.price !== null && args.price !== undefined && !(args.price >= 0)) errors.push(fieldError('price', 'value.below', { value: String(args.price), min: '0' }));
  errors.push(
    ...(await ctx.repositories.graph.checkReferences([
      { field: 'tenderId', id: args.tenderId, allowed: ['Tender'] },
      { field: 'winnerId', id: args.winnerId, allowed: ['Institution'] },
    ])),
  );
  if (errors.length) return failed(errors, { tender: null });
  const tender = (await ctx.loaders.tender.load(args.tenderId))!;
  await ctx.repositories.graph.write(
    [{ id: tender.id, type: 'Tender', name: tender.name, props: { status: 'awarded', statusHistory: appendStatus(tender.statusHistory, 'awarded', on) } }],
    [
      {
        from: tender.id,
        to: args.winnerId,
        type: 'AWARDED_TO',
        props: {
          since: on,
          recordedBy: ctx.viewer.userId,
          ...(args.price !== null && args.price !== undefined ? { price: args.price } : {}),
          ...(args.currency ? { currency: args.currency } : {}),
          ...(args.source ? { source: args.source } : {}),
        },
      },
    ],
  );
  ctx.loaders.tender.clear(tender.id);
  return { ok: true, errors: [], tender: await ctx.loaders.tender.load(tender.id) };
}
