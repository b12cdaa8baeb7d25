// CSV of the current selection: the selected nodes and the ties among them, one file a
// spreadsheet opens directly. Pure, so the exact text is unit-tested.
// The file is data, not prose: its column names, its values (the API's identifiers, ISO dates,
// decimal points) and its separator are the same in every locale, so a file exported in Lisbon
// and one exported in São Paulo can be read by the same script.
import type { GraphEdgeFieldsFragment, GraphNodeFieldsFragment } from '../../gql/graphql.js';

export const CSV_COLUMNS = [
  'record',
  'id',
  'type',
  'name',
  'kind',
  'power',
  'rank',
  'stance',
  'stage',
  'coalition',
  'from',
  'to',
  'strength',
  'role',
  'basis',
  'domain',
  'since',
  'until',
  'source',
  'confidence',
] as const;

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null>>;

/** Quotes when needed; text that a spreadsheet would run as a formula is defused with `'`. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(Math.round(value * 10000) / 10000) : '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function selectionToCsv(nodes: readonly GraphNodeFieldsFragment[], edges: readonly GraphEdgeFieldsFragment[]): string {
  const ids = new Set(nodes.map((n) => n.id));
  const rows: Row[] = nodes.map((n) => ({
    record: 'node',
    id: n.id,
    type: n.label,
    name: n.name,
    kind: n.kind,
    power: n.power,
    rank: n.rank,
    stance: n.stance,
    stage: n.stage,
    coalition: n.coalition === null ? null : n.coalition + 1,
  }));
  for (const e of edges) {
    if (!ids.has(e.source) || !ids.has(e.target)) continue;
    rows.push({
      record: 'tie',
      id: e.id,
      type: e.type,
      from: e.source,
      to: e.target,
      strength: e.strength,
      role: e.role,
      basis: e.basis,
      domain: e.domain,
      since: e.since,
      until: e.until,
      source: e.provenance,
      confidence: e.confidence,
    });
  }
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => csvCell(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** A file name that says what and when: `kamgraph-territory-north-2026-11-27.csv`. */
export function exportFileName(scopeId: string, asOf: string, ext: 'csv' | 'png'): string {
  const safe = scopeId.replace(/[^\w-]+/g, '-');
  return `kamgraph-${safe}-${asOf}.${ext}`;
}
