import type { GraphContext } from '../../context.js';
import { cachedAnswer } from '../../kernel/cache/analytics-cache.js';
import { BadInputError, intInRange } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n/catalogue.js';
import { isTieType, type TieType } from '../graph/model.js';
import { scopePower, scopePowerKey, type ScopeArgs } from '../power/questions.js';
import type { GraphViewModel } from './models.js';

/** What the map shows when the user has not chosen tie types. */
export const DEFAULT_MAP_TIES: readonly TieType[] = ['INFLUENCES', 'KNOWS', 'WORKS_AT', 'MEMBER_OF', 'REPORTS_TO', 'ROLE_IN', 'DRAFTS', 'PART_OF'];

export interface GraphViewArgs {
  scope: ScopeArgs;
  asOf?: string | null;
  therapeuticArea?: string | null;
  tieTypes?: readonly string[] | null;
  minStrength?: number | null;
  without?: readonly string[] | null;
  limit?: number | null;
}

export async function graphView(ctx: GraphContext, args: GraphViewArgs): Promise<GraphViewModel> {
  const limit = intInRange('limit', args.limit, 2000, 1, 5000);
  const minStrength = args.minStrength ?? 0;
  if (!(minStrength >= 0 && minStrength <= 1)) throw new BadInputError('minStrength', message('api.range', { min: 0, max: 1, got: String(minStrength) }));
  const tieTypes = [...(args.tieTypes ?? DEFAULT_MAP_TIES)];
  const unknown = tieTypes.filter((t) => !isTieType(t));
  if (unknown.length > 0) throw new BadInputError('tieTypes', message('error.unknownTieTypes', { types: unknown.join(', ') }));

  const { asOf, ids, result } = await scopePower(ctx, args);
  const ranked = result.ranking.slice(0, limit);
  const kept = ranked.map((r) => r.personId);
  const byPerson = new Map(ranked.map((r) => [r.personId, r]));
  const coalitionOf = new Map<string, number>();
  result.coalitions.forEach((c, index) => c.memberIds.forEach((id) => coalitionOf.set(id, index)));
  const areaName = args.therapeuticArea ? await areaNameOf(ctx, args.therapeuticArea) : null;

  // Kept per graph version like the scores: the map asks for the same view twice (drawing
  // first, then the ties' details) and again on every revisit.
  // Keyed by everything `kept` derives from, rather than its thousands of ids.
  const view = await cachedAnswer(ctx, 'graphView', { ...scopePowerKey(ctx, args), limit, tieTypes: [...tieTypes].sort(), minStrength }, () =>
    ctx.repositories.map.graphView(kept, asOf, tieTypes, minStrength),
  );
  const area = args.therapeuticArea;
  return {
    asOf,
    peopleInScope: ids.length,
    truncated: ids.length > kept.length,
    coalitions: result.coalitions.map((c) => ({ memberIds: c.memberIds, power: c.power, lean: c.lean })),
    nodes: view.nodes.map((n) => {
      const score = byPerson.get(n.id);
      return {
        id: n.id,
        label: n.label,
        name: n.name,
        kind: n.label === 'Person' ? n.category : n.kind,
        power: score ? score.score : null,
        rank: score ? score.rank : null,
        coalition: coalitionOf.get(n.id) ?? null,
        optedOut: n.optedOut,
        ours: n.ours,
        competitor: n.competitor,
      };
    }),
    edges: view.edges
      // A therapeutic area narrows influence to that area, as in balanceOfPower.
      .filter((e) => !area || e.type !== 'INFLUENCES' || e.domain === area || e.domain === areaName)
      .map((e) => ({
        id: e.key ?? `${e.type}|${e.from}|${e.to}|`,
        source: e.from,
        target: e.to,
        type: e.type,
        strength: e.strength,
        role: e.role,
        basis: e.basis,
        domain: e.domain,
        since: e.since,
        until: e.until,
        provenance: e.source,
        confidence: e.confidence,
      })),
  };
}

/** Influence domains hold an area's id or its name; both must match. */
async function areaNameOf(ctx: GraphContext, areaId: string): Promise<string> {
  const area = await ctx.repositories.power.scope(areaId);
  if (area?.type !== 'TherapeuticArea') throw new BadInputError('therapeuticArea', message('error.noSuchArea', { id: areaId }));
  return area.name;
}
