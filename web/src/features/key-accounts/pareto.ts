// Key-account health as a Pareto chart (DOMAIN.md: 20% of clients give about 80% of
// profit; key clients normally bring 30-55% of sales, above 75% is mono-dependence).
// Pure data preparation, unit-tested; the chart component only draws it.

export const NORMAL_BAND = [0.3, 0.55] as const;
export const MONO_DEPENDENT_ABOVE = 0.75;
export const PARETO_LINE = 0.8;

export interface AccountLike {
  rank: number;
  institution: { id: string; name: string; kind?: string | null };
  revenue: number;
  profit: number;
  revenueShare: number;
  cumulativeShare: number;
  inTop20: boolean;
  keyAccount: boolean;
}

export interface ParetoRow {
  id: string;
  name: string;
  /** Axis label: the name shortened to fit under a bar. */
  label: string;
  rank: number;
  revenue: number;
  profit: number;
  /** Percent of revenue, 0..100. */
  sharePct: number;
  /** Running percent, 0..100 (the line). */
  cumulativePct: number;
  keyAccount: boolean;
  inTop20: boolean;
}

export interface ParetoData {
  rows: ParetoRow[];
  /** The last account of the top 20% (the cut drawn on the chart), or null. */
  top20CutId: string | null;
  top20Count: number;
  /** The account at which the running share first reaches 80%, and how many accounts that takes. */
  eightyId: string | null;
  eightyCount: number;
}

export function shortLabel(name: string, max = 20): string {
  const trimmed = name.replace(/\s*\(.*\)$/, '').split(',')[0]!.trim();
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1).trimEnd()}…`;
}

const pct = (x: number) => Math.round(x * 1000) / 10;

/**
 * Bars = revenue per account, largest first; line = cumulative share. The API already sorts
 * and accumulates; sorting again keeps the chart right for any input, and the running share
 * is recomputed so the line always ends at 100%.
 */
export function paretoData(accounts: readonly AccountLike[]): ParetoData {
  const sorted = [...accounts].sort((a, b) => b.revenue - a.revenue || a.rank - b.rank);
  const total = sorted.reduce((s, a) => s + Math.max(0, a.revenue), 0);
  let running = 0;
  const rows = sorted.map((a) => {
    running += Math.max(0, a.revenue);
    return {
      id: a.institution.id,
      name: a.institution.name,
      label: shortLabel(a.institution.name),
      rank: a.rank,
      revenue: a.revenue,
      profit: a.profit,
      sharePct: total > 0 ? pct(a.revenue / total) : 0,
      cumulativePct: total > 0 ? pct(running / total) : 0,
      keyAccount: a.keyAccount,
      inTop20: a.inTop20,
    };
  });
  const top20 = rows.filter((r) => r.inTop20);
  const eightyIndex = rows.findIndex((r) => r.cumulativePct >= PARETO_LINE * 100);
  return {
    rows,
    top20CutId: top20.length ? top20[top20.length - 1]!.id : null,
    top20Count: top20.length,
    eightyId: eightyIndex >= 0 ? rows[eightyIndex]!.id : null,
    eightyCount: eightyIndex >= 0 ? eightyIndex + 1 : 0,
  };
}

export type KeyAccountStatus = 'below_normal' | 'normal' | 'high' | 'mono_dependent';

export const STATUS_INFO: Record<KeyAccountStatus, { label: string; tone: 'warn' | 'ok' | 'danger'; advice: string }> = {
  below_normal: { label: 'Below normal', tone: 'warn', advice: 'Key accounts bring less than 30% of sales: grow them, or check which accounts are flagged as key.' },
  normal: { label: 'Normal', tone: 'ok', advice: 'Key accounts bring 30-55% of sales, the usual range.' },
  high: { label: 'High', tone: 'warn', advice: 'Key accounts bring 55-75% of sales: watch the dependence and widen the base.' },
  mono_dependent: { label: 'Mono-dependent', tone: 'danger', advice: 'Key accounts bring more than 75% of sales: losing one would hurt badly. Develop other accounts.' },
};

export function statusInfo(status: string) {
  return STATUS_INFO[status as KeyAccountStatus] ?? { label: status.replace(/_/g, ' '), tone: 'warn' as const, advice: '' };
}

export const CRITERIA = [
  { key: 'influence', label: 'Influence', hint: 'Leadership of its people in science or medicine (power in the territory)' },
  { key: 'profitability', label: 'Profit', hint: 'Profit relative to the best account' },
  { key: 'opportunities', label: 'Opportunities', hint: 'New opportunities and upcoming tenders' },
  { key: 'trust', label: 'Trust', hint: 'Our best relationship stage with its people' },
] as const;

export function formatMoney(value: number): string {
  return new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

export function formatPct(share: number, digits = 0): string {
  return `${(share * 100).toFixed(digits)}%`;
}
