import { DEFAULT_LOCALE, type Locale } from '../../kernel/i18n/catalogue.js';
import { countryPack, type CountryPack } from '../country/pack.js';
import { packRefusalMessage } from '../country/vocabulary.js';
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';
import {
  isNodeType,
  isTieType,
  propertyKind,
  tieKey,
  type NodeRecord,
  type PropertyValue,
  type TieRecord,
} from '../graph/model.js';
import { message, type Message } from '../../kernel/i18n/catalogue.js';
import { importIssue, type ImportIssue } from './import-issues.js';
import { parseCell } from '../graph/rules/property-values.js';

export const NODES_FILE = 'nodes.csv';
export const TIES_FILE = 'ties.csv';
const NODE_COLUMNS = ['id', 'type', 'name'] as const;
const TIE_COLUMNS = ['from', 'to', 'type'] as const;
/** Stop collecting after this many problems: the user fixes those first. */
const MAX_ISSUES = 1000;

export interface ParsedFolder {
  nodes: NodeRecord[];
  /** Line of each node in nodes.csv, same order, for cross-file checks. */
  nodeLines: number[];
  ties: TieRecord[];
  tieLines: number[];
  /** Node id -> territory name from the optional `territory` column. */
  territoryOf: Map<string, { name: string; line: number }>;
  issues: ImportIssue[];
}

export type ReadProgress = (file: string, fraction: number, rows: number) => void;

/** The words a folder's kinds, procedures and statuses may take, and the language refusals of them are worded in. */
export interface CountryWords {
  pack: CountryPack;
  locale: Locale;
}

export async function readCsvFolder(
  folder: string,
  onProgress?: ReadProgress,
  country: CountryWords = { pack: countryPack('generic'), locale: DEFAULT_LOCALE },
): Promise<ParsedFolder> {
  const out: ParsedFolder = { nodes: [], nodeLines: [], ties: [], tieLines: [], territoryOf: new Map(), issues: [] };
  const nodesPath = path.join(folder, NODES_FILE);
  const tiesPath = path.join(folder, TIES_FILE);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    out.issues.push(importIssue({ file: folder, row: null }, 'import.notFolder'));
    return out;
  }
  if (!existsSync(nodesPath) && !existsSync(tiesPath)) {
    out.issues.push(importIssue({ file: folder, row: null }, 'import.noFiles', { nodes: NODES_FILE, ties: TIES_FILE }));
    return out;
  }
  const seenIds = new Map<string, number>();
  if (existsSync(nodesPath)) {
    await readRows(nodesPath, NODES_FILE, NODE_COLUMNS, out.issues, onProgress, (row, line) => {
      const node = toNode(row, line, out.issues, country);
      if (!node) return;
      const earlier = seenIds.get(node.id);
      if (earlier !== undefined) {
        out.issues.push(importIssue({ file: NODES_FILE, row: line, column: 'id' }, 'import.idUsed', { id: node.id, earlier }));
        return;
      }
      seenIds.set(node.id, line);
      out.nodes.push(node);
      out.nodeLines.push(line);
      const territory = row.territory?.trim();
      if (territory) out.territoryOf.set(node.id, { name: territory, line });
    });
  }
  if (existsSync(tiesPath)) {
    const seenKeys = new Map<string, number>();
    await readRows(tiesPath, TIES_FILE, TIE_COLUMNS, out.issues, onProgress, (row, line) => {
      const tie = toTie(row, line, out.issues);
      if (!tie) return;
      const key = tieKey({ ...tie, since: typeof tie.props.since === 'string' ? tie.props.since : null });
      const earlier = seenKeys.get(key);
      if (earlier !== undefined) {
        out.issues.push(importIssue({ file: TIES_FILE, row: line }, 'import.duplicateTie', { type: tie.type, from: tie.from, to: tie.to, earlier }));
        return;
      }
      seenKeys.set(key, line);
      out.ties.push(tie);
      out.tieLines.push(line);
    });
  }
  return out;
}

async function readRows(
  filePath: string,
  file: string,
  required: readonly string[],
  issues: ImportIssue[],
  onProgress: ReadProgress | undefined,
  onRow: (row: Record<string, string>, line: number) => void,
): Promise<void> {
  const size = statSync(filePath).size;
  const stream = createReadStream(filePath);
  let bytes = 0;
  stream.on('data', (chunk) => (bytes += chunk.length));
  // The header is checked as soon as it is read, so a file with a header and no rows is a
  // valid empty file, and a wrong header stops the file before its rows are looked at.
  let header: string[] | null = null;
  const parser = stream.pipe(
    parse({
      columns: (names: string[]) => (header = names.map((h) => h.trim())),
      bom: true,
      info: true,
      skip_empty_lines: true,
    }),
  );
  let rows = 0;
  let headerChecked = false;
  const checkHeader = (): boolean => {
    headerChecked = true;
    const missing = required.filter((c) => !header!.includes(c));
    if (missing.length === 0) return true;
    issues.push(importIssue({ file, row: 1 }, 'import.headerLacks', { count: missing.length, missing: missing.join(', '), required: required.join(',') }));
    stream.destroy();
    return false;
  };
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      if (!headerChecked && !checkHeader()) return;
      rows += 1;
      onRow(record, info.lines);
      if (issues.length >= MAX_ISSUES) {
        stream.destroy();
        return;
      }
      if (onProgress && rows % 50_000 === 0) onProgress(file, size ? bytes / size : 1, rows);
    }
  } catch (error) {
    const err = error as Error & { lines?: number };
    issues.push(importIssue({ file, row: err.lines ?? null }, 'import.brokenCsv', { detail: err.message }));
    return;
  }
  if (header === null) issues.push(importIssue({ file, row: null }, 'import.emptyFile'));
  else if (!headerChecked && !checkHeader()) return;
  onProgress?.(file, 1, rows);
}

function toNode(row: Record<string, string>, line: number, issues: ImportIssue[], country: CountryWords): NodeRecord | null {
  const file = NODES_FILE;
  const id = row.id?.trim() ?? '';
  const type = row.type?.trim() ?? '';
  const name = row.name?.trim() ?? '';
  let ok = true;
  if (!id) ok = fail(issues, file, line, 'id', message('import.emptyCell'));
  if (!isNodeType(type)) ok = fail(issues, file, line, 'type', message('import.notNodeType', { type }));
  if (!name) ok = fail(issues, file, line, 'name', message('import.emptyCell'));
  const props = parseProps('node', type, row, ['id', 'type', 'name', 'territory'], file, line, issues, country);
  if (!ok || !props || !isNodeType(type)) return null;
  return { id, type, name, props };
}

function toTie(row: Record<string, string>, line: number, issues: ImportIssue[]): TieRecord | null {
  const file = TIES_FILE;
  const from = row.from?.trim() ?? '';
  const to = row.to?.trim() ?? '';
  const type = row.type?.trim() ?? '';
  let ok = true;
  if (!from) ok = fail(issues, file, line, 'from', message('import.emptyCell'));
  if (!to) ok = fail(issues, file, line, 'to', message('import.emptyCell'));
  if (!isTieType(type)) ok = fail(issues, file, line, 'type', message('import.notTieType', { type }));
  const props = parseProps('tie', type, row, ['from', 'to', 'type', 'key'], file, line, issues);
  if (!ok || !props || !isTieType(type)) return null;
  if (typeof props.since === 'string' && typeof props.until === 'string' && props.until < props.since) {
    fail(issues, file, line, 'until', message('error.untilBeforeSince', { until: props.until, since: props.since }));
    return null;
  }
  return { from, to, type, props };
}

function parseProps(
  scope: 'node' | 'tie',
  type: string,
  row: Record<string, string>,
  skip: string[],
  file: string,
  line: number,
  issues: ImportIssue[],
  country?: CountryWords,
): Record<string, PropertyValue> | null {
  const props: Record<string, PropertyValue> = {};
  let ok = true;
  for (const [column, raw] of Object.entries(row)) {
    if (skip.includes(column) || raw === undefined || raw.trim() === '') continue;
    const parsed = parseCell(propertyKind(scope, type, column), raw);
    const refused = parsed.ok && country ? packRefusalMessage(country.pack, type, column, parsed.value, country.locale) : null;
    if (refused) ok = fail(issues, file, line, column, refused);
    else if (parsed.ok) props[column] = parsed.value;
    else ok = fail(issues, file, line, column, parsed.reason);
  }
  return ok ? props : null;
}

function fail(issues: ImportIssue[], file: string, row: number, column: string, reason: Message): false {
  issues.push({ file, row, column, reason });
  return false;
}
