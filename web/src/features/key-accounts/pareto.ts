// Key-account health as a Pareto chart (docs/domain.md#key-clients: 20% of clients give
// about 80% of profit). The key-account share's norm and the mono-dependence line come from
// the API (KeyAccountHealth.normalShareMin, normalShareMax, monoDependenceAbove).
// Pure data preparation, unit-tested; the chart component only draws it.
import { countryCurrency } from '@shared/country/country-words.js';
import { KeyClientCriterion, type KeyAccountStatus } from '../../gql/vocabulary.js';
import { currentLocale, intlTag } from '@shared/i18n/intl.js';
import {
  KEY_ACCOUNT_STATUS_ADVICE,
  KEY_ACCOUNT_STATUS_LABELS,
  KEY_CLIENT_CRITERION_HINTS,
  KEY_CLIENT_CRITERION_LABELS,
  KEY_PERSON_CRITERION_HINTS,
  KEY_PERSON_CRITERION_LABELS,
  type ShareBand,
} from '@shared/vocabulary/labels.js';
import { valuesOf } from '@shared/vocabulary/values.js';

/** The Pareto reference line drawn on the chart (80% of revenue). */
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

/** The thresholds of the key accounts' share, as the API gives them (0..1). */
export interface ShareThresholds {
  normalShareMin: number;
  normalShareMax: number;
  monoDependenceAbove: number;
}

/** The thresholds as the advice writes them: `30%`, `55%`, `75%`. */
export function shareBand(t: ShareThresholds): ShareBand {
  return { min: formatPct(t.normalShareMin), max: formatPct(t.normalShareMax), mono: formatPct(t.monoDependenceAbove) };
}

const STATUS_TONE: Record<KeyAccountStatus, 'warn' | 'ok' | 'danger'> = {
  BELOW_NORMAL: 'warn',
  NORMAL: 'ok',
  HIGH: 'warn',
  MONO_DEPENDENT: 'danger',
};

export function statusInfo(status: KeyAccountStatus, thresholds: ShareThresholds): { label: string; tone: 'warn' | 'ok' | 'danger'; advice: string } {
  return { label: KEY_ACCOUNT_STATUS_LABELS[status], tone: STATUS_TONE[status], advice: KEY_ACCOUNT_STATUS_ADVICE[status](shareBand(thresholds)) };
}

/** Where each criterion's 0..1 value sits on an account's standing. */
const CRITERION_FIELD: Record<KeyClientCriterion, 'influence' | 'profitability' | 'opportunities' | 'trust'> = {
  INFLUENCE: 'influence',
  PROFITABILITY: 'profitability',
  OPPORTUNITIES: 'opportunities',
  TRUST: 'trust',
};

/** The four criteria of a key client, in the SDL's order, with where each value is read (words read in the current locale). */
export const CRITERIA = valuesOf(KeyClientCriterion).map((key) => ({
  key,
  field: CRITERION_FIELD[key],
  get label() {
    return KEY_CLIENT_CRITERION_LABELS[key];
  },
  get hint() {
    return KEY_CLIENT_CRITERION_HINTS[key];
  },
}));

/** Where each criterion's 0..1 value sits on a person's standing (KeyPersonStanding). */
const PERSON_CRITERION_FIELD: Record<KeyClientCriterion, 'leadership' | 'profitability' | 'opportunities' | 'trust'> = {
  INFLUENCE: 'leadership',
  PROFITABILITY: 'profitability',
  OPPORTUNITIES: 'opportunities',
  TRUST: 'trust',
};

/** The four criteria weighed for a person, in the SDL's order. */
export const PERSON_CRITERIA = valuesOf(KeyClientCriterion).map((key) => ({
  key,
  field: PERSON_CRITERION_FIELD[key],
  get label() {
    return KEY_PERSON_CRITERION_LABELS[key];
  },
  get hint() {
    return KEY_PERSON_CRITERION_HINTS[key];
  },
}));

/** A criterion counts as met at 0.5 (the API's rule, for accounts and people alike). */
export const CRITERION_MET = 0.5;

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${tag} ${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(tag, options)));
  return f;
}

/**
 * Revenue and profit in short, as the locale abbreviates: 2.9M (2,9 M in Portugal, 2,9 mi in
 * Brazil). English keeps en-US's capitals (British English writes 2.9m). In a currency (by
 * default the country pack's, shared/country/country-words.ts) Portuguese writes money its way
 * (2,9 M €, R$ 2,9 mi) and English puts the ISO code after the figure (2.9M EUR), as
 * formatAmount does; `null` leaves the currency out (a chart's axis ticks).
 */
export function formatMoney(value: number, currency: string | null = countryCurrency()): string {
  const english = currentLocale() === 'en';
  const compact = numberFormat(english ? 'en-US' : intlTag(), { notation: 'compact', maximumFractionDigits: 1 });
  if (!currency || !/^[A-Z]{3}$/.test(currency)) return compact.format(value);
  if (english) return `${compact.format(value)} ${currency}`;
  try {
    return numberFormat(intlTag(), { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(value);
  } catch {
    return `${compact.format(value)} ${currency}`;
  }
}

/** A share 0..1 as a percentage with exactly `digits` decimals: 66%, 41.4% (41,4% in Portuguese). */
export function formatPct(share: number, digits = 0): string {
  return numberFormat(intlTag(), { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share);
}
