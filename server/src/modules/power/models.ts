import type { ScoreEvidence } from './rules/types.js';

/** Analytics results carry ids; type resolvers turn them into people through DataLoader. */

/** A line of evidence: its sentence is a message, rendered in the request's language by the ScoreEvidence resolver. */
export type ScoreEvidenceModel = ScoreEvidence;

export interface PowerScoreModel {
  rank: number;
  personId: string;
  score: number;
  explanation: Array<{
    factor: string;
    value: number;
    weight: number;
    contribution: number;
    evidence: ScoreEvidenceModel[];
  }>;
}

export interface CoalitionModel {
  memberIds: string[];
  power: number;
  lean: number | null;
}

export interface EndingTermModel {
  personId: string;
  kind: string;
  role: string;
  at: string;
  atId: string;
  until: string;
}

export interface InfluenceTieModel {
  from: string;
  to: string;
  strength: number;
  confidence: number | null;
  source: string | null;
  basis: string | null;
  domain: string | null;
  domainName: string | null;
  since: string | null;
  until: string | null;
}

export interface WhatMayChangeModel {
  endingTerms: readonly EndingTermModel[];
  endingTermCount: number;
  newTies: readonly InfluenceTieModel[];
  newTieCount: number;
}

export interface BalanceOfPowerModel {
  asOf: string;
  /** When the graph was read for it (ISO date-time). */
  computedAt: string;
  /** False when the graph has changed since (the whole graph's ranking while a newer one computes). */
  upToDate: boolean;
  peopleInScope: number;
  ranking: PowerScoreModel[];
  coalitions: CoalitionModel[];
  modularity: number;
  /** Whole lists (shared with the analytics cache: never mutate); the resolvers slice. */
  whatMayChange: WhatMayChangeModel;
}
