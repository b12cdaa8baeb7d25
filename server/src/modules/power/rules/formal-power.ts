/**
 * Formal power: what a person's positions, committee seats and decision-group roles
 * say about their say in a decision, before any informal influence is counted.
 */
import { message, renderMessage, type Message } from '../../../kernel/i18n/catalogue.js';
import type { FormalRole, ScoreEvidence } from './types.js';

/**
 * Weight of each committee seat. The chair sets the agenda and signs the protocol; the
 * secretary drafts it; an invited expert's opinion is recorded but not voted.
 */
export const COMMITTEE_ROLE_WEIGHTS: Readonly<Record<string, number>> = {
  chair: 1.0,
  secretary: 0.6,
  expert: 0.5,
  member: 0.4,
};

/** A head (chief physician, head of purchasing...) controls an institution's budget and staff. */
export const POSITION_WEIGHTS = { head: 1.0, other: 0.2 } as const;

/** Weight of each decision-group role: how directly it shapes the outcome of the deal. */
export const DECISION_ROLE_WEIGHTS: Readonly<Record<string, number>> = {
  decision_maker: 1.0,
  specification_author: 0.8,
  financial_evaluator: 0.6,
  technical_evaluator: 0.6,
  gatekeeper: 0.5,
  influencer: 0.4,
  champion: 0.4,
  blocker: 0.4,
  user: 0.3,
};

/** Weight of one role; unknown role names count nothing rather than guessing. */
export function formalRoleWeight(role: FormalRole): number {
  switch (role.kind) {
    case 'committee':
      return COMMITTEE_ROLE_WEIGHTS[role.role] ?? 0;
    case 'position':
      return role.head ? POSITION_WEIGHTS.head : POSITION_WEIGHTS.other;
    case 'decision_group':
      return DECISION_ROLE_WEIGHTS[role.role] ?? 0;
    default:
      return 0;
  }
}

/** "chair of Formulary Committee", "Chief Physician at City Hospital (head)", ... as a message. */
export function describeFormalRole(role: FormalRole): Message {
  switch (role.kind) {
    case 'committee':
      return message('power.formal.committee', { role: role.role, at: role.atName });
    case 'decision_group':
      // Stored words join with underscores ("specification_author"); a reader wants the words.
      return message('power.formal.decisionGroup', { role: role.role, roleWords: role.role.replaceAll('_', ' '), at: role.atName });
    default:
      return message('power.formal.position', { role: role.role, at: role.atName, head: role.kind === 'position' && role.head ? 'yes' : 'no' });
  }
}

export interface FormalPower {
  /** Raw sum of role weights per person (people without roles are absent). */
  raw: Map<string, number>;
  /** The scope's largest raw sum; 0 when nobody holds a role. */
  max: number;
  /** A person's weighted roles, strongest first (empty without any). */
  evidenceOf(personId: string): ScoreEvidence[];
}

/**
 * Sums role weights per person; only people in `personIds` count (the scope). Each
 * person's evidence is put in order when it is first asked for: a scope shows a few
 * dozen explanations, and ordering every role's sentence cost more than the sums.
 */
export function computeFormalPower(roles: FormalRole[], personIds: ReadonlySet<string>): FormalPower {
  const raw = new Map<string, number>();
  const held = new Map<string, FormalRole[]>();
  for (const role of roles) {
    if (!personIds.has(role.personId)) continue;
    // A role we are unsure of counts for less, as a tie does (none recorded: sure).
    const weight = formalRoleWeight(role) * (role.confidence ?? 1);
    if (weight <= 0) continue;
    raw.set(role.personId, (raw.get(role.personId) ?? 0) + weight);
    const list = held.get(role.personId);
    if (list) list.push(role);
    else held.set(role.personId, [role]);
  }
  const ordered = new Map<string, ScoreEvidence[]>();
  const evidenceOf = (personId: string): ScoreEvidence[] => {
    let evidence = ordered.get(personId);
    if (evidence) return evidence;
    evidence = (held.get(personId) ?? []).map((role) => ({
      message: describeFormalRole(role),
      value: formalRoleWeight(role) * (role.confidence ?? 1),
      ids: [role.personId, role.atId],
      source: role.source ?? null,
      confidence: role.confidence ?? null,
    }));
    // Equal weights keep the order of their English sentences, in every language.
    const order = (e: ScoreEvidence) => renderMessage(e.message, 'en');
    evidence.sort((a, b) => b.value - a.value || order(a).localeCompare(order(b)));
    ordered.set(personId, evidence);
    return evidence;
  };
  let max = 0;
  for (const value of raw.values()) if (value > max) max = value;
  return { raw, max, evidenceOf };
}
