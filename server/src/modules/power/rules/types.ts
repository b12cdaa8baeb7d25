/**
 * What the analytics functions take and give: plain projections fetched by the
 * repositories in one query each, so every function here is pure and testable without
 * a database.
 */

import type { Message } from '../../../kernel/i18n/catalogue.js';
import type { Participation } from '../../evidence/rules/types.js';

/** A person in scope. */
export interface ProjectedPerson {
  id: string;
  name: string;
  /** Opted out of contact: never proposed on an introduction path. */
  optedOut?: boolean;
}

/** A directed INFLUENCES tie valid at the as-of date: `from` sways `to`. */
export interface InfluenceTie {
  from: string;
  to: string;
  /** 0..1 */
  strength: number;
  /** 0..1: how sure we are of the tie (none recorded counts as 1). */
  confidence?: number | null;
  /** Where the fact comes from. */
  source?: string | null;
  basis?: string | null;
  /** The therapeutic area's id, and its name for explanations. */
  domain?: string | null;
  domainName?: string | null;
  since?: string | null;
  until?: string | null;
  /**
   * What the tie counts for in every score: strength × confidence (set by
   * mergeInfluenceTies; a tie with no confidence counts its strength).
   */
  weight?: number;
}

/** One source of formal power: a position, a committee seat or a decision-group role. */
export interface FormalRole {
  personId: string;
  kind: 'position' | 'committee' | 'decision_group';
  /** The role's name: a job title, chair/secretary/member/expert, or a DECISION_ROLES value. */
  role: string;
  /** Institution, committee or tender the role is held at. */
  atId: string;
  atName: string;
  /** Heads the institution or department (positions only). */
  head?: boolean;
  /** How sure we are of the role (none recorded counts as 1); its weight is scaled by it. */
  confidence?: number | null;
  source?: string | null;
  since?: string | null;
  until?: string | null;
}

/** A STANCE tie: -2 (hostile) .. 2 (advocate) toward a company or product. */
export interface StanceTie {
  personId: string;
  value: number;
  /** True when `toward` is our company or one of our products. */
  towardOurs: boolean;
}

export interface PowerProjection {
  people: ProjectedPerson[];
  influence: InfluenceTie[];
  roles: FormalRole[];
  stances: StanceTie[];
  /** People's parts in publications, trials and talks (scientific standing); none when absent. */
  works?: Participation[];
}

export interface ScoreEvidence {
  /**
   * The sentence as a message of the catalogue, rendered in each request's language by
   * the API ("chair of Formulary Committee", "influences Dr. X (0.80, science)"): results
   * are cached across requests, so they hold no words of one language.
   */
  message: Message;
  /** The tie or role's own weight or strength. */
  value: number;
  /** Ids involved (person, committee, institution...), for the map to highlight. */
  ids: string[];
  /** Where the tie or role behind it comes from, when it rests on one. */
  source?: string | null;
  /** How sure we are of that tie or role (null: not recorded, counted as sure). */
  confidence?: number | null;
}

export interface ScoreFactorResult {
  /** formal | influence | brokerage | standing */
  factor: string;
  /** The factor's normalised value, 0..1 within the scope. */
  value: number;
  /** Weight of the factor in the combined score. */
  weight: number;
  /** value * weight */
  contribution: number;
  /** Strongest ties or roles behind the value, strongest first (at most 5). */
  evidence: ScoreEvidence[];
}

export interface PowerScoreResult {
  rank: number;
  personId: string;
  /** Sum of factor contributions, 0..1. */
  score: number;
  explanation: ScoreFactorResult[];
}

export interface CoalitionResult {
  memberIds: string[];
  /** Sum of members' scores. */
  power: number;
  /** Power-weighted mean stance toward us minus toward competitors, -2..2 (null when nobody has a stance). */
  lean: number | null;
}

export interface BalanceOfPowerResult {
  ranking: PowerScoreResult[];
  coalitions: CoalitionResult[];
  /** Modularity of the coalition partition (Louvain), for transparency. */
  modularity: number;
}

/** What may shift the balance of power soon. */
export interface WhatMayChangeResult {
  /** Formal roles whose term ends in the window after the as-of date, soonest first. */
  endingTerms: FormalRole[];
  /** Influence ties that began in the window before the as-of date, newest first. */
  newTies: InfluenceTie[];
}
