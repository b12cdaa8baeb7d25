// Words for values the API sends as identifiers, and numbers as the current locale writes
// them (Intl, through shared/i18n).
import { currentLocale, intlTag } from './i18n/intl.js';
import { PROVENANCE_WORDS } from './vocabulary/read-model-words.js';

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${intlTag()} ${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(intlTag(), options)));
  return f;
}

/** A readable name for a therapeutic area id such as `area-oncology`. */
export function areaName(areaId: string): string {
  const bare = areaId.replace(/^area-/, '').replace(/[-_]+/g, ' ');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/**
 * Free text the API sends as an identifier: `hospital_formulary` -> `Hospital formulary`.
 * Closed lists (enums) are never humanized: their labels are in shared/vocabulary/labels.ts.
 */
export function humanize(value: string | null | undefined): string {
  if (!value) return '';
  const s = value.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A 0..1 figure (strength, confidence, a criterion) with two decimals at most: 0.67, 0.4, 1 (0,67 in Portuguese). */
export function formatScore(value: number): string {
  return numberFormat({ maximumFractionDigits: 2, useGrouping: false }).format(Math.round(value * 100) / 100);
}

/** A count or quantity with thousands grouped: 4,800 (4800 / 4.800 in Portuguese, as Intl writes them). */
export function formatCount(value: number): string {
  return numberFormat({ maximumFractionDigits: 2 }).format(value);
}

/** A share 0..1 as a percentage: 42%, 42,5 %. */
export function formatPercent(value: number, fractionDigits = 0): string {
  return numberFormat({ style: 'percent', maximumFractionDigits: fractionDigits }).format(value);
}

/**
 * A price or value in its currency, as the locale writes money: `1 488 000 €` in Portugal,
 * `R$ 1.488.000` in Brazil. English keeps the ISO code after the figure (1,488,000 EUR): a KAM
 * reading English may work in any currency. A code Intl does not know is written as it is.
 */
export function formatAmount(value: number, currency: string | null | undefined): string {
  if (!currency) return formatCount(value);
  if (currentLocale() === 'en' || !/^[A-Z]{3}$/.test(currency)) return `${formatCount(value)} ${currency}`;
  try {
    return numberFormat({ style: 'currency', currency, maximumFractionDigits: 2, minimumFractionDigits: 0 }).format(value);
  } catch {
    return `${formatCount(value)} ${currency}`;
  }
}

/** Where a fact comes from and how sure we are of it: "congress 2025 · confidence 0.4"; empty when neither is recorded. */
export function provenanceText(source: string | null | undefined, confidence: number | null | undefined): string {
  const parts: string[] = [];
  if (source) parts.push(source);
  if (confidence !== null && confidence !== undefined) parts.push(PROVENANCE_WORDS.confidence(formatScore(confidence)));
  return parts.join(' · ');
}

/** A figure with exactly `digits` decimals, in the locale: 0.50 (0,50 in Portuguese). */
export function formatFixed(value: number, digits: number): string {
  return numberFormat({ minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(value);
}
