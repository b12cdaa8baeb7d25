import type { Message } from '../../../kernel/i18n/catalogue.js';
import type { Weigh } from './decision-group.js';
/** What the decision-group coverage check takes and gives. */
import type { DecisionRole, RelationshipStage } from '../../../__generated__/vocabulary.js';

/** A member of a decision group as the coverage check sees it. */
export interface DecisionGroupMember {
  personId: string;
  role: DecisionRole;
  /** Our best relationship stage with the person across KAMs, null when none. */
  bestStage: RelationshipStage | null;
  /** The KAM who owns the person, null when nobody does. */
  ownerId: string | null;
}

export interface DecisionRoleCoverage {
  role: DecisionRole;
  /** Members holding the role, best stage first. */
  members: DecisionGroupMember[];
  /** Some member is at or beyond the covering stage. */
  covered: boolean;
  /** Best stage among the members, null when nobody is reached or nobody holds the role. */
  bestStage: RelationshipStage | null;
  /** What this role weighs in a proposal (words of the catalogue's `advice.weigh`). */
  weighs: Weigh[];
  /** What to do next about this role: a message, worded per request by `adviceText`. */
  advice: Message;
}

export interface DecisionGroupCoverage {
  /** One entry per role that has members or is core, in DECISION_ROLES order. */
  roles: DecisionRoleCoverage[];
  /** Covered roles / listed roles, 0..1 (0 when nothing is listed). */
  coverage: number;
  /** Listed roles nobody covers yet. */
  missingRoles: DecisionRole[];
}
