import type { RelationshipStage } from '../../../__generated__/vocabulary.js';

/**
 * How strongly a tie carries an introduction. KNOWS and INFLUENCES carry their own
 * strength (0.5 when none is recorded); the rest are set here.
 */

/** A user's relationship stage, as a tie strength for introduction paths. */
export const STAGE_STRENGTH: Readonly<Record<RelationshipStage, number>> = {
  contact: 0.3,
  acquaintance: 0.5,
  loyalty: 0.8,
  near_friendly: 0.95,
};

/** Colleagues count as a tie only at workplaces this small (a department, an outlet). */
export const SMALL_WORKPLACE = 30;

/** Reporting lines and colleagues at a small workplace. */
export const REPORTS_TO_STRENGTH = 0.6;
export const COLLEAGUE_STRENGTH = 0.4;
/** A KNOWS or INFLUENCES tie whose strength nobody recorded. */
export const UNRECORDED_STRENGTH = 0.5;

/** The strength of a contact tie read from the graph. */
export function contactStrength(type: string, strength: number | null, stage: string | null): number {
  if (type === 'RELATES') return STAGE_STRENGTH[stage as RelationshipStage] ?? 0;
  if (type === 'REPORTS_TO') return REPORTS_TO_STRENGTH;
  if (type === 'COLLEAGUE') return COLLEAGUE_STRENGTH;
  return strength ?? UNRECORDED_STRENGTH;
}
