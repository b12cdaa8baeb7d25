import type { GraphContext } from '../../context.js';
import { BadInputError, intInRange } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n/catalogue.js';
import { keepVisible } from '../graph/questions.js';
import { weighKeyPeople, type PersonStanding } from './rules/key-people.js';
import { bestStage } from '../graph/model.js';
import { assertMaySeeScope, resolveScope, scopePower, type ScopeArgs } from '../power/questions.js';
import type { KeyAccountHealthModel } from './models.js';
import { computeKeyAccountHealth } from './rules/key-account-health.js';

/** Key-account health of a territory or institution for one sales period (default: the latest). */
export async function keyAccountHealth(ctx: GraphContext, args: { scope: ScopeArgs; period?: string | null }): Promise<KeyAccountHealthModel> {
  const scope = resolveScope(args.scope);
  if (scope.kind !== 'territory' && scope.kind !== 'institution') throw new BadInputError('scope', message('error.accountScope'));
  await assertMaySeeScope(ctx, args.scope);
  const rows = await ctx.repositories.accounts.keyAccounts(scope.kind, scope.id, ctx.today);
  const periods = [...new Set(rows.flatMap((r) => r.sales.map((s) => s.period)))].sort();
  const period = args.period ?? periods[periods.length - 1];
  if (!period) throw new BadInputError('scope', message('error.noSales'));
  if (!periods.includes(period)) throw new BadInputError('period', message('error.noSalesPeriod', { period, periods: periods.join(', ') }));
  const { result } = await scopePower(ctx, { scope: args.scope });
  // Leadership is relative: the scope's most powerful person counts 1.
  const top = Math.max(1e-9, ...result.ranking.map((r) => r.score));
  const power = new Map(result.ranking.map((r) => [r.personId, r.score / top]));
  return computeKeyAccountHealth(
    period,
    rows
      .filter((r) => r.sales.some((s) => s.period === period))
      .map((r) => {
        const sales = r.sales.filter((s) => s.period === period);
        return {
          id: r.id,
          name: r.name,
          keyAccount: r.keyAccount,
          revenue: sales.reduce((a, s) => a + s.revenue, 0),
          profit: sales.reduce((a, s) => a + s.profit, 0),
          newOpportunities: sales.reduce((a, s) => a + s.newOpportunities, 0),
          upcomingTenders: r.upcomingTenders,
          influence: Math.max(0, ...r.peopleIds.map((id) => power.get(id) ?? 0)),
          bestStage: bestStage(r.stages),
        };
      }),
  );
}

/** The scope's most powerful people weighed as key clients on the four criteria, most powerful first. */
export async function keyPeople(ctx: GraphContext, args: { scope: ScopeArgs; period?: string | null; first?: number | null }): Promise<PersonStanding[]> {
  const first = intInRange('first', args.first, 20, 1, 500);
  await assertMaySeeScope(ctx, args.scope);
  const { result } = await scopePower(ctx, { scope: args.scope });
  const top = result.ranking.slice(0, first);
  const rows = new Map((await ctx.repositories.accounts.peopleStanding(top.map((r) => r.personId), args.period ?? null, ctx.today)).map((r) => [r.id, r]));
  const visible = new Set(await keepVisible(ctx, top.map((r) => r.personId)));
  return weighKeyPeople(
    top
      .filter((r) => visible.has(r.personId))
      .map((r) => {
        const row = rows.get(r.personId);
        return {
          personId: r.personId,
          rank: r.rank,
          power: r.score,
          profit: row?.profit ?? 0,
          opportunities: row ? row.upcomingTenders + row.seats + row.talks : 0,
          bestStage: bestStage(row?.stages ?? []),
        };
      }),
  );
}
