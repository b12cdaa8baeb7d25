import { bestPathsToTargets } from '../../introductions/rules/paths.js';
import type { PathEdge } from '../../introductions/rules/types.js';
import type { SpecShaperModel } from '../models.js';

/** How strongly a drafter's hand is on the specification, by how they draft it. */
export const DRAFTER_ROLE_WEIGHTS: Readonly<Record<string, number>> = {
  author: 1.0,
  chair: 1.0,
  specification_author: 0.9,
  secretary: 0.8,
  expert: 0.7,
  member: 0.6,
};

export interface Drafter {
  personId: string;
  /** How they draft: author, committee (with their seat's role) or decision group. */
  via: string;
  role: string;
}

/** Each drafter once, by the weightiest way they draft; people left out in a what-if are skipped. */
export function weighDrafters(rows: readonly Drafter[], without: ReadonlySet<string>): Map<string, { weight: number; role: string }> {
  const drafters = new Map<string, { weight: number; role: string }>();
  for (const row of rows) {
    if (without.has(row.personId)) continue;
    const weight = DRAFTER_ROLE_WEIGHTS[row.role] ?? DRAFTER_ROLE_WEIGHTS.member!;
    const label = row.via === 'committee' ? `committee ${row.role}` : row.role;
    const current = drafters.get(row.personId);
    if (!current || weight > current.weight) drafters.set(row.personId, { weight, role: label });
  }
  return drafters;
}

/**
 * Who shapes the specification: every drafter, and everyone whose influence reaches one
 * within maxHops; score = drafter weight × product of strengths on the strongest path.
 */
export function rankSpecShapers(
  drafters: ReadonlyMap<string, { weight: number; role: string }>,
  edges: readonly PathEdge[],
  maxHops: number,
): SpecShaperModel[] {
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
  return [...best.values()].sort((a, b) => b.score - a.score || a.hops - b.hops || a.personId.localeCompare(b.personId));
}
