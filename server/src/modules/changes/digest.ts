/**
 * The digest: a user's inbox as Markdown, what a weekly e-mail would hold. Every line is a
 * message of the catalogue; changes are grouped by what the user watches, weightiest first.
 */
import type { GraphContext } from '../../context.js';
import { formatMessage, type MessageId, type MessageParams } from '../../kernel/i18n/catalogue.js';
import { keepVisible } from '../graph/questions.js';
import { inbox } from './questions.js';
import { nameLoader, renderMessage } from './render.js';

/** Changes listed per watched entity; the rest are counted. */
export const DIGEST_ITEMS = 10;
/** Moves listed under a watched scope's grouped rank moves; the rest are counted. */
export const DIGEST_MOVES = 8;

/** Renders the digest in the context's language (`ctx.locale`). */
export async function renderDigest(ctx: GraphContext, options: { since?: string } = {}): Promise<string> {
  const say = (id: MessageId, params: MessageParams = {}) => formatMessage(id, params, ctx.locale);
  const model = await inbox(ctx, options);
  const lines = [say('digest.title', { name: ctx.viewer.name }), '', say('digest.window', { since: model.since, until: model.until, readOn: options.since ? null : model.readOn }), ''];
  if (model.watches.length === 0) return [...lines, say('digest.nothingWatched'), ''].join('\n');
  lines.push(say('digest.count', { count: model.changes.length }), '');
  for (const watch of model.watches) {
    const changes = model.changes.filter((c) => model.watchedBy.get(c.id)?.includes(watch.entityId));
    if (changes.length === 0) continue;
    const named = await nameLoader(ctx).load(watch.entityId);
    lines.push(say('digest.section', { name: named?.name ?? watch.entityId, label: watch.label }), '');
    for (const change of changes.slice(0, DIGEST_ITEMS)) {
      const summary = await renderMessage(ctx, change.message);
      lines.push(say(change.weight > 0 ? 'digest.itemWeighed' : 'digest.item', { on: change.on, summary, weight: change.weight }));
      if (change.moves.length > 1) {
        for (const move of change.moves.slice(0, DIGEST_MOVES)) {
          const named = await nameLoader(ctx).load(move.personId);
          const direction = move.rankBefore === null ? 'entered' : move.rankAfter === null ? 'left' : 'moved';
          lines.push(say('digest.move', { person: named?.name ?? move.personId, direction, before: move.rankBefore, after: move.rankAfter }));
        }
        if (change.moves.length > DIGEST_MOVES) lines.push(say('digest.moreMoves', { count: change.moves.length - DIGEST_MOVES }));
        continue;
      }
      const seen = new Set(await keepVisible(ctx, [...new Set(change.evidence.flatMap((e) => e.ids))]));
      for (const evidence of change.evidence.filter((e) => e.ids.every((id) => seen.has(id)))) {
        lines.push(say('digest.evidence', { description: await renderMessage(ctx, evidence.message) }));
      }
    }
    if (changes.length > DIGEST_ITEMS) lines.push(say('digest.more', { count: changes.length - DIGEST_ITEMS }));
    lines.push('');
  }
  return lines.join('\n');
}
