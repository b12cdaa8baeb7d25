// Words for values the API sends as identifiers.
import { PROVENANCE_WORDS } from './vocabulary/read-model-words.js';

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

/** A 0..1 figure (strength, confidence, a criterion) with two decimals at most: 0.67, 0.4, 1. */
export function formatScore(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A count or quantity with thousands grouped: 4,800. */
export function formatCount(value: number): string {
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(value);
}

/** A price or value in its currency: 1,488,000 EUR. */
export function formatAmount(value: number, currency: string | null | undefined): string {
  return currency ? `${formatCount(value)} ${currency}` : formatCount(value);
}

/** Where a fact comes from and how sure we are of it: "congress 2025 · confidence 0.4"; empty when neither is recorded. */
export function provenanceText(source: string | null | undefined, confidence: number | null | undefined): string {
  const parts: string[] = [];
  if (source) parts.push(source);
  if (confidence !== null && confidence !== undefined) parts.push(PROVENANCE_WORDS.confidence(formatScore(confidence)));
  return parts.join(' · ');
}
