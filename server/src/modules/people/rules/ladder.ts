/**
 * The relationship ladder of the source article (docs/domain.md#the-relationship-ladder):
 * contact -> acquaintance -> loyalty -> near-friendly, each step shown by observable
 * criteria. A stage is a claim with evidence: it holds when the criteria of its own step
 * and of every step below it are met.
 */
import type { RelationshipStage, StageCriterion } from '../../../__generated__/vocabulary.js';
import { RELATIONSHIP_STAGES, STAGE_CRITERIA, stageRank } from '../../graph/model.js';

/** What each step of the ladder asks for (contact: a first contact, nothing more). */
export const CRITERIA_OF_STAGE: Readonly<Record<RelationshipStage, readonly StageCriterion[]>> = {
  contact: [],
  acquaintance: ['knows_kam_and_company', 'kam_knows_them'],
  loyalty: ['knows_our_medicines', 'speaks_with_respect'],
  near_friendly: ['talks_willingly', 'shares_information', 'lets_kam_ask_for_help'],
};

/** Every criterion a stage claims: its own step's and those of the steps below it, lowest first. */
export function criteriaClaimedBy(stage: RelationshipStage): StageCriterion[] {
  return RELATIONSHIP_STAGES.slice(0, stageRank(stage)).flatMap((s) => CRITERIA_OF_STAGE[s]);
}

export interface CriterionMet {
  criterion: StageCriterion;
  /** The day it was first seen, when known. */
  since: string | null;
}

/**
 * Criteria are stored on the RELATES tie as a list of `criterion YYYY-MM-DD` (the date may
 * be missing); words that are not criteria are dropped.
 */
export function readCriteria(stored: readonly string[]): CriterionMet[] {
  const met = new Map<StageCriterion, string | null>();
  for (const item of stored) {
    const [word, since] = item.trim().split(/\s+/);
    const criterion = word?.toLowerCase() as StageCriterion;
    if (!(STAGE_CRITERIA as readonly string[]).includes(criterion)) continue;
    const known = met.get(criterion);
    const day = since && /^\d{4}-\d{2}-\d{2}$/.test(since) ? since : null;
    if (!met.has(criterion) || (day !== null && (known === null || known === undefined || day < known))) met.set(criterion, day);
  }
  return STAGE_CRITERIA.filter((c) => met.has(c)).map((criterion) => ({ criterion, since: met.get(criterion) ?? null }));
}

export function writeCriteria(criteria: readonly CriterionMet[]): string[] {
  return criteria.map((c) => (c.since ? `${c.criterion} ${c.since}` : c.criterion));
}

/** Criteria recorded so far and newly given, each with the earliest day it was seen. */
export function mergeCriteria(recorded: readonly CriterionMet[], given: readonly CriterionMet[]): CriterionMet[] {
  return readCriteria(writeCriteria([...recorded, ...given]));
}

/** What a stage claims but the criteria do not show. */
export function missingCriteria(stage: RelationshipStage | null, met: readonly CriterionMet[]): StageCriterion[] {
  if (stage === null) return [];
  const have = new Set(met.map((c) => c.criterion));
  return criteriaClaimedBy(stage).filter((c) => !have.has(c));
}
