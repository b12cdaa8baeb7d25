import { bestPathsToTargets } from '../introductions/rules/paths.js';
import type { GraphContext } from '../../context.js';
import { NotFoundError, intInRange } from '../../kernel/errors.js';
import type { SpecShaperModel } from '../../models.js';

export interface SpecShapersArgs {
  tenderId: string;
  maxHops?: number | null;
  asOf?: string | null;
  without?: readonly string[] | null;
  first?: number | null;
}

/** How strongly a drafter's hand is on the specification, by how they draft it. */
export const DRAFTER_ROLE_WEIGHTS: Readonly<Record<string, number>> = {
  author: 1.0,
  chair: 1.0,
  specification_author: 0.9,
  secretary: 0.8,
  expert: 0.7,
  member: 0.6,
};

export async function specShapers(ctx: GraphContext, args: SpecShapersArgs): Promise<SpecShaperModel[]> {
  const maxHops = intInRange('maxHops', args.maxHops, 3, 0, 6);
  const first = intInRange('first', args.first, 50, 1, 500);
  const asOf = args.asOf ?? ctx.today;
  const analytics = ctx.repositories.analytics;
  const types = await analytics.entityTypes([args.tenderId]);
  if (types.get(args.tenderId) !== 'Tender') throw new NotFoundError('tenderId', 'tender', args.tenderId);

  const without = new Set(args.without ?? []);
  const drafters = new Map<string, { weight: number; role: string }>();
  for (const row of await analytics.drafters(args.tenderId, asOf)) {
    if (without.has(row.personId)) continue;
    const weight = DRAFTER_ROLE_WEIGHTS[row.role] ?? DRAFTER_ROLE_WEIGHTS.member!;
    const label = row.via === 'committee' ? `committee ${row.role}` : row.role;
    const current = drafters.get(row.personId);
    if (!current || weight > current.weight) drafters.set(row.personId, { weight, role: label });
  }
  if (drafters.size === 0) return [];

  const edges = maxHops > 0 ? await analytics.influenceBall([...drafters.keys()], asOf, maxHops, without) : [];
  const best = new Map<string, SpecShaperModel>();
  // One search per drafter: a weaker path to a weightier drafter can beat the nearest one.
  for (const [drafterId, drafter] of drafters) {
    for (const [personId, path] of bestPathsToTargets(edges, [drafterId], maxHops)) {
      const score = drafter.weight * path.strength;
      const current = best.get(personId);
      if (current && current.score >= score) continue;
      best.set(personId, {
        personId,
        score,
        pathIds: path.nodes,
        pathStrength: path.strength,
        hops: path.nodes.length - 1,
        drafterId,
        drafterRole: drafter.role,
      });
    }
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.hops - b.hops || a.personId.localeCompare(b.personId))
    .slice(0, first);
}
