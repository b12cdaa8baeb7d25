import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';

type Row = Record<string, string | number | boolean | undefined>;

/** Writes nodes.csv and ties.csv to a temp folder, with the union of the rows' columns. */
export function writeCsvFolder(nodes: Row[], ties: Row[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kamgraph-fixture-'));
  writeFileSync(path.join(dir, 'nodes.csv'), toCsv(['id', 'type', 'name'], nodes));
  writeFileSync(path.join(dir, 'ties.csv'), toCsv(['from', 'to', 'type'], ties));
  return dir;
}

function toCsv(first: string[], rows: Row[]): string {
  const columns = [...first, ...new Set(rows.flatMap((r) => Object.keys(r)).filter((k) => !first.includes(k)))];
  return stringify(rows.map((r) => columns.map((c) => (r[c] === undefined ? '' : String(r[c])))), { header: true, columns });
}
