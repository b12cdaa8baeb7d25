/**
 * Key clients are first of all people, opinion leaders, then institutions
 * (docs/domain.md#key-clients). A person is weighed on the same four criteria as an
 * account: lasting scientific or medical leadership (their power in the scope, relative to
 * the most powerful), profit (sales booked for them), new opportunities (tenders ahead in
 * whose decision group they sit, committee seats, invited talks) and trust (our stage).
 */
import type { KeyClientCriterion, RelationshipStage } from '../../../__generated__/vocabulary.js';
import { RELATIONSHIP_STAGES, stageRank } from '../../graph/model.js';

/** A criterion counts as met at half of the scope's best. */
const CRITERION_MET = 0.5;
/** A key client meets at least three of the four. */
export const KEY_CLIENT_CRITERIA = 3;

export interface PersonInput {
  personId: string;
  rank: number;
  /** Power score in the scope. */
  power: number;
  profit: number;
  /** Upcoming tenders + committee seats + talks within a year. */
  opportunities: number;
  bestStage: RelationshipStage | null;
}

export interface PersonStanding {
  personId: string;
  rank: number;
  leadership: number;
  profitability: number;
  opportunities: number;
  trust: number;
  criteriaMet: KeyClientCriterion[];
  keyClient: boolean;
}

export function weighKeyPeople(people: readonly PersonInput[]): PersonStanding[] {
  const topPower = Math.max(0, ...people.map((p) => p.power));
  const topProfit = Math.max(0, ...people.map((p) => p.profit));
  const topOpportunities = Math.max(0, ...people.map((p) => p.opportunities));
  return people.map((p) => {
    const criteria: Record<KeyClientCriterion, number> = {
      influence: topPower > 0 ? p.power / topPower : 0,
      profitability: topProfit > 0 ? Math.max(0, p.profit) / topProfit : 0,
      opportunities: topOpportunities > 0 ? p.opportunities / topOpportunities : 0,
      trust: stageRank(p.bestStage) / RELATIONSHIP_STAGES.length,
    };
    const criteriaMet = (Object.keys(criteria) as KeyClientCriterion[]).filter((c) => criteria[c] >= CRITERION_MET);
    return {
      personId: p.personId,
      rank: p.rank,
      leadership: criteria.influence,
      profitability: criteria.profitability,
      opportunities: criteria.opportunities,
      trust: criteria.trust,
      criteriaMet,
      keyClient: criteriaMet.length >= KEY_CLIENT_CRITERIA,
    };
  });
}
