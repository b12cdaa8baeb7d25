import type { GraphContext } from '../../context.js';
import { intInRange } from '../../kernel/errors.js';
import { assertMaySeeScope, scopePower, type ScopeArgs } from '../power/questions.js';
import type { CompetitorLeaningModel } from './models.js';
import { competitorLeaning } from './rules/competitor-leaning.js';

/** The scope's most powerful people who lean to competitors, most powerful first. */
export async function competitorActivity(ctx: GraphContext, args: { scope: ScopeArgs; first?: number | null }): Promise<CompetitorLeaningModel[]> {
  const first = intInRange('first', args.first, 20, 1, 500);
  await assertMaySeeScope(ctx, args.scope);
  const { result } = await scopePower(ctx, { scope: args.scope });
  const top = result.ranking.slice(0, first);
  // One batched read of the stances of everyone considered.
  const stances = await ctx.loaders.stances.loadMany(top.map((r) => r.personId));
  return top.flatMap((score, i) => {
    const own = stances[i];
    const leaning = own instanceof Error || !own ? null : competitorLeaning(own);
    return leaning ? [{ personId: score.personId, rank: score.rank, power: score.score, ...leaning }] : [];
  });
}
