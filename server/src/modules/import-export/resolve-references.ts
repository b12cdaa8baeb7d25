import { z } from 'zod';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { entityTypes } from '../../kernel/database/entities.js';
import { text } from '../../kernel/database/rows.js';
import { TIE_ENDPOINTS, type NodeRecord, type NodeType, type TieRecord } from '../graph/model.js';
import { NODES_FILE, TIES_FILE, type ParsedFolder } from './read-csv-folder.js';
import { importIssue, type ImportIssue } from './import-issues.js';

const findTerritories = cypher<{ names: string[] }, { id: string; name: string }>(
  import.meta.url,
  'find-territories-by-name.cypher',
  z.object({ id: text, name: text }),
);

/**
 * Checks what a folder refers to against itself and the database: tie endpoints exist
 * and have labels the tie type allows, ids keep their type, and `territory` cells
 * become LOCATED_IN ties (creating territories that are new by name).
 */
export async function resolveReferences(
  db: DbClient,
  parsed: ParsedFolder,
): Promise<{ nodes: NodeRecord[]; ties: TieRecord[]; issues: ImportIssue[] }> {
  const issues: ImportIssue[] = [];
  const nodes = [...parsed.nodes];
  const ties = [...parsed.ties];
  const typeOf = new Map<string, NodeType>(nodes.map((n) => [n.id, n.type]));

  const referenced = new Set<string>(nodes.map((n) => n.id));
  for (const tie of ties) referenced.add(tie.from).add(tie.to);
  const existing = new Map<string, NodeType>();
  const ids = [...referenced];
  for (let i = 0; i < ids.length; i += 50_000) {
    for (const [id, type] of await entityTypes(db, ids.slice(i, i + 50_000))) existing.set(id, type as NodeType);
  }

  parsed.nodes.forEach((node, index) => {
    const stored = existing.get(node.id);
    if (stored && stored !== node.type) {
      issues.push(importIssue({ file: NODES_FILE, row: parsed.nodeLines[index] ?? null, column: 'type' }, 'import.typeClash', { id: node.id, stored, type: node.type }));
    }
  });
  for (const [id, type] of existing) if (!typeOf.has(id)) typeOf.set(id, type);

  parsed.ties.forEach((tie, index) => {
    const line = parsed.tieLines[index] ?? null;
    const allowed = TIE_ENDPOINTS[tie.type];
    for (const end of ['from', 'to'] as const) {
      const id = tie[end];
      const type = typeOf.get(id);
      if (!type) {
        issues.push(importIssue({ file: TIES_FILE, row: line, column: end }, 'import.unknownEnd', { id, nodes: NODES_FILE }));
      } else if (!allowed[end].includes(type)) {
        issues.push(importIssue({ file: TIES_FILE, row: line, column: end }, 'import.wrongEnd', { type: tie.type, end, label: type, id, allowed: allowed[end].join(', ') }));
      }
    }
  });

  if (parsed.territoryOf.size > 0) {
    const names = [...new Set([...parsed.territoryOf.values()].map((t) => t.name))];
    const idByName = new Map<string, string>();
    for (const node of nodes) if (node.type === 'Territory') idByName.set(node.name, node.id);
    for (const territory of await db.read(findTerritories, { names })) idByName.set(territory.name, territory.id);
    for (const name of names) {
      if (idByName.has(name)) continue;
      const id = territoryIdFor(name, typeOf);
      idByName.set(name, id);
      typeOf.set(id, 'Territory');
      nodes.push({ id, type: 'Territory', name, props: {} });
    }
    for (const [nodeId, { name }] of parsed.territoryOf) {
      const territoryId = idByName.get(name);
      if (territoryId && territoryId !== nodeId) ties.push({ from: nodeId, to: territoryId, type: 'LOCATED_IN', props: {} });
    }
  }
  return { nodes, ties, issues };
}

/** A readable id for a territory named only in a `territory` column. */
export function territoryIdFor(name: string, taken: ReadonlyMap<string, unknown>): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'unnamed';
  let id = `territory-${slug}`;
  for (let n = 2; taken.has(id); n += 1) id = `territory-${slug}-${n}`;
  return id;
}
