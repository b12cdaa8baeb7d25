import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { z } from 'zod';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { toNeo4jInteger } from '../../kernel/database/plain.js';
import { text } from '../../kernel/database/rows.js';
import { formatCell } from '../graph/rules/property-values.js';
import { NODES_FILE, TIES_FILE } from './read-csv-folder.js';

// Every stored property goes out, whatever it is: the export is the graph as it stands.
const anyProps = z.record(z.string(), z.unknown());
const propertyKeys = cypher<Record<string, never>, { scope: 'node' | 'tie'; key: string }>(
  import.meta.url,
  'export-property-keys.cypher',
  z.object({ scope: z.enum(['node', 'tie']), key: text }),
);
const exportNodes = cypher<{ after: string; limit: unknown }, { id: string; type: string; props: Record<string, unknown> }>(
  import.meta.url,
  'export-nodes.cypher',
  z.object({ id: text, type: text, props: anyProps }),
);
const exportTies = cypher<{ ids: string[] }, { from: string; to: string; type: string; props: Record<string, unknown> }>(
  import.meta.url,
  'export-ties.cypher',
  z.object({ from: text, to: text, type: text, props: anyProps }),
);

const PAGE = 5_000;

export interface ExportReport {
  nodes: number;
  ties: number;
}

/** Writes the whole graph as nodes.csv + ties.csv, the format `importFolder` reads. */
export async function exportFolder(
  db: DbClient,
  folder: string,
  onProgress?: (nodes: number, ties: number) => void,
): Promise<ExportReport> {
  mkdirSync(folder, { recursive: true });
  const keys = await db.read(propertyKeys, {});
  const nodeKeys = keys.filter((r) => r.scope === 'node').map((r) => r.key);
  const tieKeys = keys.filter((r) => r.scope === 'tie').map((r) => r.key);
  const nodeColumns = ['id', 'type', 'name', ...nodeKeys.filter((k) => k !== 'id' && k !== 'name')];
  const tieColumns = ['from', 'to', 'type', ...tieKeys.filter((k) => k !== 'key')];

  const nodesOut = openCsv(path.join(folder, NODES_FILE), nodeColumns);
  const tiesOut = openCsv(path.join(folder, TIES_FILE), tieColumns);
  const report: ExportReport = { nodes: 0, ties: 0 };
  let after = '';
  for (;;) {
    const page = await db.read(exportNodes, { after, limit: toNeo4jInteger(PAGE) });
    if (page.length === 0) break;
    const ids: string[] = [];
    for (const node of page) {
      ids.push(node.id);
      nodesOut.write(nodeColumns.map((c) => (c === 'type' ? node.type : formatCell(node.props[c]))));
    }
    const ties = await db.read(exportTies, { ids });
    for (const tie of ties) {
      const row: Record<string, unknown> = { ...tie.props, from: tie.from, to: tie.to, type: tie.type };
      tiesOut.write(tieColumns.map((c) => formatCell(row[c])));
    }
    report.nodes += page.length;
    report.ties += ties.length;
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
