// A person's ties as the side panel lists them: grouped by type and direction (influences,
// influenced by, knows, reports to ...), strongest first in each group. Pure, unit-tested.
import { TieType, type TieDirection } from '../../gql/vocabulary.js';
import { valuesOf } from '@shared/vocabulary/values.js';

/**
 * The tie types listed under "Ties", in the order of their groups. Decision roles, talks,
 * events attended, stances and our relationships have sections of their own.
 */
export const LISTED_TIE_TYPES: readonly TieType[] = ['INFLUENCES', 'KNOWS', 'REPORTS_TO', 'WORKS_AT', 'MEMBER_OF', 'DRAFTS'];

/** Groups open when the panel opens (the rest are one click away). */
export const OPEN_TIE_GROUPS: readonly string[] = ['INFLUENCES:OUT', 'INFLUENCES:IN'];

export interface TieLike {
  direction: TieDirection;
  other: { id: string; name: string };
  tie: { type: TieType; from: string; to: string; strength: number | null; confidence: number | null; since: string | null };
}

export interface TieGroup<T extends TieLike> {
  /** `INFLUENCES:OUT`: the type and the direction seen from the person. */
  key: string;
  type: TieType;
  direction: TieDirection;
  ties: T[];
}

/** What a tie weighs in every score: strength × confidence (none recorded counts as 1); null without a strength. */
export function tieWeight(tie: { strength: number | null; confidence: number | null }): number | null {
  return tie.strength === null ? null : tie.strength * (tie.confidence ?? 1);
}

/** The id the map gives the tie's edge (the tie's key: type, ends and since). */
export function mapEdgeId(tie: { type: TieType; from: string; to: string; since: string | null }): string {
  return `${tie.type}|${tie.from}|${tie.to}|${tie.since ?? ''}`;
}

/** Higher first, missing last. */
function compareDesc(a: number | null, b: number | null): number {
  if (a === b) return 0;
  return a === null ? 1 : b === null ? -1 : b - a;
}

// Ordered by the strength the row shows (a list sorted by a figure it does not show reads
// as unsorted); among equal strengths the better-evidenced tie comes first.
function compareTies(a: TieLike, b: TieLike): number {
  const byStrength = compareDesc(a.tie.strength, b.tie.strength) || compareDesc(tieWeight(a.tie), tieWeight(b.tie));
  if (byStrength) return byStrength;
  const sa = a.tie.since ?? '';
  const sb = b.tie.since ?? '';
  if (sa !== sb) return sb.localeCompare(sa);
  return a.other.name.localeCompare(b.other.name);
}

/**
 * Ties grouped by type and direction: groups in `order` (types outside it after, in the SDL's
 * order), a type's outgoing group before its incoming one; in a group the strongest first
 * (the better evidenced among equals), then ties without a strength, newest first, then by name.
 */
export function groupTies<T extends TieLike>(ties: readonly T[], order: readonly TieType[] = LISTED_TIE_TYPES): TieGroup<T>[] {
  const sdl = valuesOf(TieType);
  const rank = (type: TieType) => (order.includes(type) ? order.indexOf(type) : order.length + sdl.indexOf(type));
  const groups = new Map<string, TieGroup<T>>();
  for (const t of ties) {
    const key = `${t.tie.type}:${t.direction}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, type: t.tie.type, direction: t.direction, ties: [] };
      groups.set(key, group);
    }
    group.ties.push(t);
  }
  for (const group of groups.values()) group.ties.sort(compareTies);
  return [...groups.values()].sort((a, b) => rank(a.type) - rank(b.type) || (a.direction === b.direction ? 0 : a.direction === 'OUT' ? -1 : 1));
}
