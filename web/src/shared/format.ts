// Words for values the API sends as identifiers.

/** A readable name for a therapeutic area id such as `area-oncology`. */
export function areaName(areaId: string): string {
  const bare = areaId.replace(/^area-/, '').replace(/[-_]+/g, ' ');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

const ACRONYMS: Record<string, string> = { kol: 'KOL', vip: 'VIP', kam: 'KAM' };

/** `hospital_formulary` -> `Hospital formulary`; `kol` -> `KOL`. */
export function humanize(value: string | null | undefined): string {
  if (!value) return '';
  if (ACRONYMS[value]) return ACRONYMS[value]!;
  const s = value.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}
