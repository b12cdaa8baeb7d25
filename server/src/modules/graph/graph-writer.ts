import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient, WriteTransaction } from '../../kernel/database/db-client.js';
import { toNeo4jDate } from '../../kernel/database/plain.js';
import { count } from '../../kernel/database/rows.js';
import { propertyKind, tieKey, type NodeRecord, type TieRecord } from './model.js';

interface WriteCounts {
  created: number;
  updated: number;
  /** Rows written, created or not. */
  written: number;
}
type Rows = { rows: unknown[] };
const mergeCounts = z.object({ created: count, updated: count });
const mergeNodes = cypher<Rows, z.infer<typeof mergeCounts>>(import.meta.url, 'merge-nodes.cypher', mergeCounts);
const mergeTies = cypher<Rows, z.infer<typeof mergeCounts>>(import.meta.url, 'merge-ties.cypher', mergeCounts);
const bumpVersion = cypher<Record<string, never>, { version: number }>(import.meta.url, 'bump-version.cypher', z.object({ version: count }));

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
  /** One transaction for everything (import, the API: all or nothing) or one per batch (seed: speed, less memory). */
  atomic: boolean;
  batchSize?: number;
  onProgress?: (progress: WriteProgress) => void;
  /** Bump the graph version only when something was created or updated (evidence re-imports change nothing). */
  onlyIfChanged?: boolean;
}

/**
 * Writes validated records with batched UNWIND statements, never a query per row, through
 * the database client's write transactions (counted, retried on lock races). Every write
 * bumps the graph version, so caches learn of it.
 */
export async function writeGraph(
  db: DbClient,
  graph: { nodes: readonly NodeRecord[]; ties: readonly TieRecord[] },
  options: WriteOptions,
): Promise<WriteSummary> {
  const batchSize = options.batchSize ?? 10_000;
  const phases = [
    { phase: 'nodes', batches: chunk(graph.nodes, batchSize, nodeRow), statement: mergeNodes, total: graph.nodes.length },
    { phase: 'ties', batches: chunk(graph.ties, batchSize, tieRow), statement: mergeTies, total: graph.ties.length },
  ] as const;
  const empty = (): WriteSummary => ({ nodes: { created: 0, updated: 0, written: 0 }, ties: { created: 0, updated: 0, written: 0 } });

  const writeBatch = async (tx: WriteTransaction, summary: WriteSummary, p: (typeof phases)[number], rows: unknown[], done: number) => {
    const [counts] = await tx.run(p.statement, { rows });
    const into = summary[p.phase];
    into.created += counts?.created ?? 0;
    into.updated += counts?.updated ?? 0;
    into.written += rows.length;
    options.onProgress?.({ phase: p.phase, done: done + rows.length, total: p.total });
  };

  if (options.atomic) {
    // A retried transaction starts its counts afresh.
    return db.writeTransaction(async (tx) => {
      const summary = empty();
      for (const p of phases) {
        let done = 0;
        for (const rows of p.batches) {
          await writeBatch(tx, summary, p, rows, done);
          done += rows.length;
        }
      }
      const changed = summary.nodes.created + summary.nodes.updated + summary.ties.created + summary.ties.updated > 0;
      if (!options.onlyIfChanged || changed) await tx.run(bumpVersion, {});
      return summary;
    });
  }
  const summary = empty();
  for (const p of phases) {
    let done = 0;
    for (const rows of p.batches) {
      const batch = await db.writeTransaction(async (tx) => {
        const partial = empty();
        await writeBatch(tx, partial, p, rows, done);
        return partial[p.phase];
      });
      summary[p.phase].created += batch.created;
      summary[p.phase].updated += batch.updated;
      summary[p.phase].written += batch.written;
      done += rows.length;
    }
  }
  await db.write(bumpVersion, {});
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
