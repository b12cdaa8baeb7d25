// The relationship ladder (docs/domain.md#the-relationship-ladder). Its order is the SDL's
// (web/src/gql/vocabulary.ts): a stage's rank is its index there, and no stage (null) ranks
// below the first step.
import { RelationshipStage, StageCriterion } from '../../gql/vocabulary.js';
import { enumValue, valuesOf } from './values.js';

/** The ladder's steps, lowest first. */
export const RELATIONSHIP_STAGES: readonly RelationshipStage[] = valuesOf(RelationshipStage);

/** Every criterion, in the SDL's order. */
export const STAGE_CRITERIA: readonly StageCriterion[] = valuesOf(StageCriterion);

/** 0 for the first step; -1 for no stage. */
export function stageRank(stage: RelationshipStage | null | undefined): number {
  return stage ? RELATIONSHIP_STAGES.indexOf(stage) : -1;
}

/** A stage from a String field or a URL word (`loyalty`, `LOYALTY`); null for none or anything else ("unknown"). */
export function asStage(word: string | null | undefined): RelationshipStage | null {
  return enumValue(RelationshipStage, word);
}

/** The steps above a stage (all of them above no stage). */
export function stagesAbove(stage: RelationshipStage | null | undefined): RelationshipStage[] {
  return RELATIONSHIP_STAGES.slice(stageRank(stage) + 1);
}

/** The steps up to and including a stage, lowest first. */
export function stagesUpTo(stage: RelationshipStage | null | undefined): RelationshipStage[] {
  return RELATIONSHIP_STAGES.slice(0, stageRank(stage) + 1);
}

/**
 * The criteria each step asks to observe (the SDL describes each criterion with its step; it
 * has no structure for the pairing). The first step, contact, needs none beyond the contact.
 */
export const CRITERIA_OF_STAGE: Record<RelationshipStage, readonly StageCriterion[]> = {
  CONTACT: [],
  ACQUAINTANCE: [StageCriterion.KNOWS_KAM_AND_COMPANY, StageCriterion.KAM_KNOWS_THEM],
  LOYALTY: [StageCriterion.KNOWS_OUR_MEDICINES, StageCriterion.SPEAKS_WITH_RESPECT],
  NEAR_FRIENDLY: [StageCriterion.TALKS_WILLINGLY, StageCriterion.SHARES_INFORMATION, StageCriterion.LETS_KAM_ASK_FOR_HELP],
};

/** What setStage asks for a stage: its own criteria and those of every step below it. */
export function criteriaUpTo(stage: RelationshipStage | null | undefined): StageCriterion[] {
  return stagesUpTo(stage).flatMap((s) => CRITERIA_OF_STAGE[s]);
}

/** 0..1: how far `current` has moved from `start` toward `target` (no stage ranks below the first step). */
export function stageProgress(start: RelationshipStage | null | undefined, current: RelationshipStage | null | undefined, target: RelationshipStage | null | undefined): number {
  const from = stageRank(start);
  const to = stageRank(target);
  const now = stageRank(current);
  if (to <= from) return now >= to ? 1 : 0;
  return Math.min(1, Math.max(0, (now - from) / (to - from)));
}
