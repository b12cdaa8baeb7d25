/**
 * Sentences of changes: a message id and its parameters (models.ts), the names of the
 * nodes it refers to read in one batch per request, rendered by the message catalogue.
 * No sentence is joined here.
 */
import DataLoader from 'dataloader';
import type { GraphContext } from '../../context.js';
import { formatMessage, type MessageParam, type MessageParams } from '../../kernel/i18n/catalogue.js';
import type { ScoreEvidenceModel } from '../power/models.js';
import type { EvidenceModel, MessageModel } from './models.js';

type Named = { name: string; label: string } | null;
const loaders = new WeakMap<GraphContext, DataLoader<string, Named>>();

/** Names and labels of nodes, batched across the request. */
export function nameLoader(ctx: GraphContext): DataLoader<string, Named> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const found = await ctx.repositories.changes.names(ids);
      return ids.map((id) => found.get(id) ?? null);
    });
    loaders.set(ctx, loader);
  }
  return loader;
}

/** The message's parameters with each referenced node's name (its id when it is gone). */
export async function messageParams(ctx: GraphContext, message: MessageModel): Promise<MessageParams> {
  const refs = Object.entries(message.refs);
  const names = await nameLoader(ctx).loadMany(refs.map(([, id]) => id));
  const params: Record<string, MessageParam> = { ...message.params };
  refs.forEach(([param, id], i) => {
    const named = names[i];
    params[param] = named && !(named instanceof Error) ? named.name : id;
  });
  return params;
}

/** The message in the request's language (`ctx.locale`), with the names of the nodes it refers to. */
export async function renderMessage(ctx: GraphContext, message: MessageModel): Promise<string> {
  return formatMessage(message.id, await messageParams(ctx, message), ctx.locale);
}

/** A piece of rank-move evidence as the API's ScoreEvidence: names resolved, worded by its resolver in the request's language. */
export async function renderEvidence(ctx: GraphContext, evidence: EvidenceModel): Promise<ScoreEvidenceModel> {
  return { message: { id: evidence.message.id, params: await messageParams(ctx, evidence.message) }, value: evidence.value, ids: evidence.ids, source: evidence.source, confidence: evidence.confidence };
}
