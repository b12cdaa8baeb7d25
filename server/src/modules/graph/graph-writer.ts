import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { cypherFile } from '../../kernel/database/cypher.js';
import { retryOnLockConflict } from '../../kernel/database/retry.js';
import { toNeo4jDate } from '../../kernel/database/plain.js';
import { propertyKind, tieKey, type NodeRecord, type TieRecord } from './model.js';

interface WriteCounts {
  created: number;
  updated: number;
  /** Rows written, created or not. */
  written: number;
}
const mergeNodes = cypherFile<{ rows: unknown[] }, Omit<WriteCounts, 'written'>>('queries/graph/merge-nodes.cypher');
const mergeTies = cypherFile<{ rows: unknown[] }, Omit<WriteCounts, 'written'>>('queries/graph/merge-ties.cypher');
const bumpVersion = cypherFile<Record<string, never>, { version: number }>('queries/graph/bump-version.cypher');

export interface WriteSummary {
  nodes: WriteCounts;
  ties: WriteCounts;
}

export interface WriteProgress {
  phase: 'nodes' | 'ties';
  done: number;
  total: number;
}

export interface WriteOptions {
  /** One transaction for everything (import: all or nothing) or one per batch (seed: speed, less memory). */
  atomic: boolean;
  batchSize?: number;
  onProgress?: (progress: WriteProgress) => void;
}

/** Writes validated records with batched UNWIND statements; never a query per row. */
export async function writeGraph(
  driver: Driver,
  database: string,
  graph: { nodes: readonly NodeRecord[]; ties: readonly TieRecord[] },
  options: WriteOptions,
): Promise<WriteSummary> {
  const batchSize = options.batchSize ?? 10_000;
  const nodeBatches = chunk(graph.nodes, batchSize, nodeRow);
  const tieBatches = chunk(graph.ties, batchSize, tieRow);
  const summary: WriteSummary = { nodes: { created: 0, updated: 0, written: 0 }, ties: { created: 0, updated: 0, written: 0 } };

  const runAll = async (tx: ManagedTransaction, batches: unknown[][], query: { text: string }, phase: WriteProgress['phase'], into: WriteCounts, total: number) => {
    let done = 0;
    for (const rows of batches) {
      const result = await tx.run(query.text, { rows });
      const record = result.records[0];
      into.created += Number(record?.get('created') ?? 0);
      into.updated += Number(record?.get('updated') ?? 0);
      into.written += rows.length;
      done += rows.length;
      options.onProgress?.({ phase, done, total });
    }
  };
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    if (options.atomic) {
      await retryOnLockConflict(() => session.executeWrite(async (tx) => {
        summary.nodes = { created: 0, updated: 0, written: 0 };
        summary.ties = { created: 0, updated: 0, written: 0 };
        await runAll(tx, nodeBatches, mergeNodes, 'nodes', summary.nodes, graph.nodes.length);
        await runAll(tx, tieBatches, mergeTies, 'ties', summary.ties, graph.ties.length);
        await tx.run(bumpVersion.text);
      }));
    } else {
      for (const [phase, batches, query, into, total] of [
        ['nodes', nodeBatches, mergeNodes, summary.nodes, graph.nodes.length],
        ['ties', tieBatches, mergeTies, summary.ties, graph.ties.length],
      ] as const) {
        let done = 0;
        for (const rows of batches) {
          const counts = await retryOnLockConflict(() => session.executeWrite(async (tx) => {
            const result = await tx.run(query.text, { rows });
            return { created: Number(result.records[0]?.get('created') ?? 0), updated: Number(result.records[0]?.get('updated') ?? 0) };
          }));
          into.created += counts.created;
          into.updated += counts.updated;
          into.written += rows.length;
          done += rows.length;
          options.onProgress?.({ phase, done, total });
        }
      }
      await session.executeWrite((tx) => tx.run(bumpVersion.text));
    }
  } finally {
    await session.close();
  }
  return summary;
}

function nodeRow(node: NodeRecord) {
  return { id: node.id, type: node.type, name: node.name, props: toDbProps('node', node.type, node.props) };
}

function tieRow(tie: TieRecord) {
  const since = typeof tie.props.since === 'string' ? tie.props.since : null;
  return { from: tie.from, to: tie.to, type: tie.type, key: tieKey({ ...tie, since }), props: toDbProps('tie', tie.type, tie.props) };
}

/** Typed for the store: Dates so "as of" comparisons work in Cypher, integers as integers; nulls skipped. */
export function toDbProps(scope: 'node' | 'tie', type: string, props: NodeRecord['props']): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || key === 'id' || key === 'key') continue;
    const kind = propertyKind(scope, type, key)?.kind;
    if (kind === 'date' && typeof value === 'string') out[key] = toNeo4jDate(value);
    // JS numbers travel as floats; integer properties must stay integers in the store.
    else if (kind === 'integer' && typeof value === 'number') out[key] = neo4j.int(value);
    else out[key] = value;
  }
  return out;
}

function chunk<T>(items: readonly T[], size: number, map: (item: T) => unknown): unknown[][] {
  const batches: unknown[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size).map(map));
  return batches;
}
