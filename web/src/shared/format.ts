// Words for values the API sends as identifiers.

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
