import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import neo4j, { type Driver } from 'neo4j-driver';
import { cypherFile } from '../../kernel/database/cypher.js';
import { toPlain } from '../../kernel/database/plain.js';
import { formatCell } from '../graph/property-values.js';
import { NODES_FILE, TIES_FILE } from './read-csv-folder.js';

const propertyKeys = cypherFile<Record<string, never>, { scope: 'node' | 'tie'; key: string }>(
  'queries/graph/export-property-keys.cypher',
);
const exportNodes = cypherFile<{ after: string; limit: ReturnType<typeof neo4j.int> }, { id: string; type: string; props: Record<string, unknown> }>(
  'queries/graph/export-nodes.cypher',
);
const exportTies = cypherFile<{ ids: string[] }, { from: string; to: string; type: string; props: Record<string, unknown> }>(
  'queries/graph/export-ties.cypher',
);

const PAGE = 5_000;

export interface ExportReport {
  nodes: number;
  ties: number;
}

/** Writes the whole graph as nodes.csv + ties.csv, the format `importFolder` reads. */
export async function exportFolder(
  driver: Driver,
  database: string,
  folder: string,
  onProgress?: (nodes: number, ties: number) => void,
): Promise<ExportReport> {
  mkdirSync(folder, { recursive: true });
  const keys = await driver.executeQuery(propertyKeys.text, {}, { database });
  const nodeKeys = keys.records.filter((r) => r.get('scope') === 'node').map((r) => r.get('key') as string);
  const tieKeys = keys.records.filter((r) => r.get('scope') === 'tie').map((r) => r.get('key') as string);
  const nodeColumns = ['id', 'type', 'name', ...nodeKeys.filter((k) => k !== 'id' && k !== 'name')];
  const tieColumns = ['from', 'to', 'type', ...tieKeys.filter((k) => k !== 'key')];

  const nodesOut = openCsv(path.join(folder, NODES_FILE), nodeColumns);
  const tiesOut = openCsv(path.join(folder, TIES_FILE), tieColumns);
  const report: ExportReport = { nodes: 0, ties: 0 };
  let after = '';
  for (;;) {
    const page = await driver.executeQuery(exportNodes.text, { after, limit: neo4j.int(PAGE) }, { database });
    if (page.records.length === 0) break;
    const ids: string[] = [];
    for (const record of page.records) {
      const props = toPlain(record.get('props')) as Record<string, unknown>;
      const id = record.get('id') as string;
      ids.push(id);
      nodesOut.write(nodeColumns.map((c) => (c === 'type' ? record.get('type') : formatCell(props[c]))));
    }
    const ties = await driver.executeQuery(exportTies.text, { ids }, { database });
    for (const record of ties.records) {
      const props = toPlain(record.get('props')) as Record<string, unknown>;
      const row: Record<string, unknown> = { ...props, from: record.get('from'), to: record.get('to'), type: record.get('type') };
      tiesOut.write(tieColumns.map((c) => formatCell(row[c])));
    }
    report.nodes += page.records.length;
    report.ties += ties.records.length;
    onProgress?.(report.nodes, report.ties);
    after = ids[ids.length - 1] ?? after;
  }
  await Promise.all([nodesOut.close(), tiesOut.close()]);
  return report;
}

function openCsv(filePath: string, columns: string[]) {
  const file = createWriteStream(filePath);
  const csv = stringify({ header: true, columns });
  csv.pipe(file);
  return {
    write: (row: unknown[]) => csv.write(row),
    close: async () => {
      csv.end();
      await finished(file);
    },
  };
}
