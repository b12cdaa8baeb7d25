import type { KeyAccountStatus, KeyClientCriterion } from '../../../__generated__/vocabulary.js';
import { RELATIONSHIP_STAGES, stageRank } from '../../graph/model.js';
import { message } from '../../../kernel/i18n/catalogue.js';
import type { AccountStandingModel, KeyAccountHealthModel } from '../models.js';

/** Key clients usually bring 30-55% of sales; above 75% the supplier is mono-dependent (docs/domain.md#share-and-mono-dependence). */
export const KEY_SHARE_NORMAL = [0.3, 0.55] as const;
export const MONO_DEPENDENCY = 0.75;
const CRITERION_MET = 0.5;

export interface AccountInput {
  id: string;
  name: string;
  keyAccount: boolean;
  revenue: number;
  profit: number;
  newOpportunities: number;
  upcomingTenders: number;
  /** Highest power among people working there, relative to the scope's most powerful person (0..1). */
  influence: number;
  /** Our best relationship stage with anyone there. */
  bestStage: string | null;
}

export function keyAccountStatus(share: number): KeyAccountStatus {
  if (share > MONO_DEPENDENCY) return 'mono_dependent';
  if (share > KEY_SHARE_NORMAL[1]) return 'high';
  if (share >= KEY_SHARE_NORMAL[0]) return 'normal';
  return 'below_normal';
}

/**
 * Pareto shares, the key accounts' share of sales and each account's standing on the four
 * criteria of a key client: lasting influence, profit, new opportunities, trust.
 */
export function computeKeyAccountHealth(period: string, input: AccountInput[]): KeyAccountHealthModel {
  const accounts = [...input].sort((a, b) => b.revenue - a.revenue || a.id.localeCompare(b.id));
  const totalRevenue = sum(accounts.map((a) => a.revenue));
  const totalProfit = sum(accounts.map((a) => a.profit));
  const topCount = Math.max(1, Math.ceil(accounts.length * 0.2));
  const top = new Set(accounts.slice(0, topCount).map((a) => a.id));
  const byProfit = [...accounts].sort((a, b) => b.profit - a.profit);
  const top20ProfitShare = share(sum(byProfit.slice(0, topCount).map((a) => a.profit)), totalProfit);
  const flagged = accounts.some((a) => a.keyAccount);
  const isKey = (a: AccountInput) => (flagged ? a.keyAccount : top.has(a.id));
  const keyRevenueShare = share(sum(accounts.filter(isKey).map((a) => a.revenue)), totalRevenue);
  const maxProfit = Math.max(0, ...accounts.map((a) => a.profit));
  const maxOpportunities = Math.max(0, ...accounts.map((a) => a.newOpportunities + a.upcomingTenders));

  let cumulative = 0;
  const standings: AccountStandingModel[] = accounts.map((a, index) => {
    cumulative += a.revenue;
    const trust = stageRank(a.bestStage) / RELATIONSHIP_STAGES.length;
    const criteria: Record<KeyClientCriterion, number> = {
      influence: clamp01(a.influence),
      profitability: maxProfit > 0 ? clamp01(a.profit / maxProfit) : 0,
      opportunities: maxOpportunities > 0 ? (a.newOpportunities + a.upcomingTenders) / maxOpportunities : 0,
      trust,
    };
    return {
      institutionId: a.id,
      rank: index + 1,
      revenue: a.revenue,
      profit: a.profit,
      revenueShare: share(a.revenue, totalRevenue),
      cumulativeShare: share(cumulative, totalRevenue),
      inTop20: top.has(a.id),
      keyAccount: isKey(a),
      ...criteria,
      criteriaMet: (Object.keys(criteria) as KeyClientCriterion[]).filter((name) => criteria[name] >= CRITERION_MET),
    };
  });
  const status = keyAccountStatus(keyRevenueShare);
  // Dependence on the single largest client, beside the key accounts' total share.
  const largest = accounts[0];
  const largestShare = largest ? share(largest.revenue, totalRevenue) : 0;
  return {
    period,
    totalRevenue,
    totalProfit,
    accounts: standings,
    top20RevenueShare: share(sum(accounts.filter((a) => top.has(a.id)).map((a) => a.revenue)), totalRevenue),
    top20ProfitShare,
    keyAccountRevenueShare: keyRevenueShare,
    keyAccountStatus: status,
    monoDependent: status === 'mono_dependent',
    normalShareMin: KEY_SHARE_NORMAL[0],
    normalShareMax: KEY_SHARE_NORMAL[1],
    monoDependenceAbove: MONO_DEPENDENCY,
    largestAccountId: largest?.id ?? null,
    largestAccountShare: largestShare,
    explanation: message('accounts.health', {
      flagged: flagged ? 'yes' : 'no',
      keyShare: keyRevenueShare,
      period,
      normalMin: KEY_SHARE_NORMAL[0],
      normalMax: KEY_SHARE_NORMAL[1],
      mono: MONO_DEPENDENCY,
      top: topCount,
      accounts: accounts.length,
      topRevenue: share(sum(accounts.slice(0, topCount).map((a) => a.revenue)), totalRevenue),
      topProfit: top20ProfitShare,
      largest: largest?.name ?? null,
      largestShare,
    }),
  };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
function share(part: number, total: number): number {
  return total > 0 ? part / total : 0;
}
function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}
