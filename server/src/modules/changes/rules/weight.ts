/**
 * How much a change moves power in its scope (0 when it does not), so that a feed can be
 * sorted by weight. The power of a person is their balance-of-power score in the scope
 * (0..1; after the window, or before it for someone who left), and ties and roles weigh
 * what they weigh in that score (power/rules): so a new influence tie between two
 * powerful people outweighs one between newcomers, and a new chair outweighs a member.
 *
 * - an influence tie begun or ended: strength × confidence × the more powerful end's power;
 * - a position, committee seat or decision role begun, ended or ending: its formal weight
 *   (chair 1.0 ... member 0.4, head 1.0, decision maker 1.0 ...) × confidence × the person's power;
 * - a stance: the person's power × how far it moved on the -2..2 scale / 4 (coalitions'
 *   lean is power-weighted stance);
 * - a person added: their power;
 * - a rank move: how far their score moved;
 * - acquaintance, reporting lines, drafting, our relationship stages and tender statuses
 *   do not enter the score: 0.
 */
import { formalRoleWeight } from '../../power/rules/formal-power.js';
import { tieWeight } from '../../power/rules/influence-ties.js';
import type { TieFact } from './facts.js';

/** A person's power in the scope (0 when unknown). */
export type PowerOf = (personId: string) => number;

/** Weight of a tie or role change (start, end, term ending). */
export function tieChangeWeight(fact: TieFact, power: PowerOf): number {
  switch (fact.type) {
    case 'INFLUENCES':
      return round(tieWeight(fact.strength ?? 0.5, fact.confidence) * Math.max(power(fact.from), power(fact.to)));
    case 'WORKS_AT':
    case 'MEMBER_OF':
    case 'ROLE_IN':
      return round(roleWeight(fact) * power(fact.from));
    default:
      return 0;
  }
}

/** A role's weight as the balance of power counts it (formal power), scaled by confidence. */
export function roleWeight(fact: Pick<TieFact, 'type' | 'role' | 'head' | 'confidence' | 'from' | 'to'>): number {
  const kind = fact.type === 'WORKS_AT' ? 'position' : fact.type === 'MEMBER_OF' ? 'committee' : 'decision_group';
  const role = fact.type === 'MEMBER_OF' ? (fact.role ?? 'member') : (fact.role ?? '');
  return formalRoleWeight({ personId: fact.from, kind, role, atId: fact.to, atName: '', head: fact.head }) * (fact.confidence ?? 1);
}

export function stanceChangeWeight(personId: string, before: number | null, after: number | null, power: PowerOf): number {
  return round((power(personId) * Math.abs((after ?? 0) - (before ?? 0))) / 4);
}

export function scoreMoveWeight(before: number | null, after: number | null): number {
  return round(Math.abs((after ?? 0) - (before ?? 0)));
}

/** Weights are compared for sorting: floating-point noise must not reorder equal ones. */
function round(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
