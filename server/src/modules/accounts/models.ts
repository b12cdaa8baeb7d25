import type { Message } from '../../kernel/i18n/catalogue.js';
import type { KeyAccountStatus, KeyClientCriterion } from '../../__generated__/vocabulary.js';

export interface AccountStandingModel {
  institutionId: string;
  rank: number;
  revenue: number;
  profit: number;
  revenueShare: number;
  cumulativeShare: number;
  inTop20: boolean;
  keyAccount: boolean;
  influence: number;
  profitability: number;
  opportunities: number;
  trust: number;
  criteriaMet: KeyClientCriterion[];
}

export interface KeyAccountHealthModel {
  period: string;
  totalRevenue: number;
  totalProfit: number;
  accounts: AccountStandingModel[];
  top20RevenueShare: number;
  top20ProfitShare: number;
  keyAccountRevenueShare: number;
  keyAccountStatus: KeyAccountStatus;
  monoDependent: boolean;
  /** The norm the share is judged against, so clients need not copy it. */
  normalShareMin: number;
  normalShareMax: number;
  monoDependenceAbove: number;
  /** The single largest client by revenue, and its share. */
  largestAccountId: string | null;
  largestAccountShare: number;
  /** What the reading says, worded in the reader's language by the resolver. */
  explanation: Message;
}
