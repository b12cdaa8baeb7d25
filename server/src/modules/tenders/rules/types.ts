/** What the decision-group coverage check takes and gives. */

/** A member of a decision group as the coverage check sees it. */
export interface DecisionGroupMember {
  personId: string;
  /** A DECISION_ROLES value. */
  role: string;
  /** Our best relationship stage with the person across KAMs (RELATIONSHIP_STAGES), null when none. */
  bestStage: string | null;
  /** The KAM who owns the person, null when nobody does. */
  ownerId: string | null;
}

export interface DecisionRoleCoverage {
  role: string;
  /** Members holding the role, best stage first. */
  members: DecisionGroupMember[];
  /** Some member is at or beyond the covering stage. */
  covered: boolean;
  /** Best stage among the members, null when nobody is reached or nobody holds the role. */
  bestStage: string | null;
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
  missingRoles: string[];
}
