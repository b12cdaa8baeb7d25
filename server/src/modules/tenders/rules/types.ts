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
  /** What this role weighs in a proposal. */
  weighs: string[];
  /** What to do next about this role. */
  advice: string;
}

export interface DecisionGroupCoverage {
  /** One entry per role that has members or is core, in DECISION_ROLES order. */
  roles: DecisionRoleCoverage[];
  /** Covered roles / listed roles, 0..1 (0 when nothing is listed). */
  coverage: number;
  /** Listed roles nobody covers yet. */
  missingRoles: DecisionRole[];
}
