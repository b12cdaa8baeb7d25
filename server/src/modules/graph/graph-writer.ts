import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient, WriteTransaction } from '../../kernel/database/db-client.js';
import { toNeo4jDate } from '../../kernel/database/plain.js';
import { count, optionalText, text, textList } from '../../kernel/database/rows.js';
import { propertyKind, tieKey, type NodeRecord, type TieRecord } from './model.js';
import { encodeFootprint, FOOTPRINTS_KEPT, type FootprintItem } from './rules/write-footprint.js';

interface WriteCounts {
  created: number;
  updated: number;
  /** Rows written, created or not. */
  written: number;
}
const nodeCounts = z.object({ created: count, updated: count, added: textList, createdIds: textList, histories: z.array(z.tuple([text, textList])) });
const tieCounts = z.object({ created: count, updated: count, changed: z.array(z.tuple([text, z.boolean(), optionalText])) });
const mergeNodes = cypher<{ rows: unknown[]; today: unknown; diff: boolean }, z.infer<typeof nodeCounts>>(import.meta.url, 'merge-nodes.cypher', nodeCounts);
const mergeTies = cypher<{ rows: unknown[]; diff: boolean }, z.infer<typeof tieCounts>>(import.meta.url, 'merge-ties.cypher', tieCounts);
/** What one API write records in the change log (see bump-version.cypher). */
export interface ChangeLogEntry {
  on: string;
  by: string | null;
  /** `start|<tie key>`, `end|<tie key>`, `added|<person id>`, `status|<tender id>|<day>`. */
  facts: string[];
  /** Ties deleted outright, as JSON ({type, from, to, props}). */
  removed: string[];
}
const bumpVersion = cypher<{ log: { on: unknown; by: string | null; facts: string[]; removed: string[] } | null; footprint: string | null; kept: number }, { version: number }>(
  import.meta.url,
  'bump-version.cypher',
  z.object({ version: count }),
);

/**
 * Bumps the graph version inside a write transaction, leaving the change log entry when
 * there is one, and the write's footprint when it gives one (rules/write-footprint.ts:
 * only a write that names everything it touched may).
 */
export async function bumpGraphVersion(tx: WriteTransaction, log: ChangeLogEntry | null, footprint: readonly FootprintItem[] | null = null): Promise<number> {
  const [row] = await tx.run(bumpVersion, {
    log: log ? { ...log, on: toNeo4jDate(log.on) } : null,
    footprint: footprint ? encodeFootprint(footprint) : null,
    kept: FOOTPRINTS_KEPT,
  });
  return row?.version ?? 0;
}

/** What writing these nodes and ties touched (`created`: the ids of the nodes the write made). */
function footprintOfWrite(nodes: readonly NodeRecord[], ties: readonly TieRecord[], created: ReadonlySet<string>): FootprintItem[] {
  return [
    ...nodes.map((node): FootprintItem => ({ node: node.type, id: node.id, created: created.has(node.id) })),
    ...ties.map((tie): FootprintItem => ({ tie: tie.type, from: tie.from, to: tie.to })),
  ];
}

const graphFootprints = cypher<Record<string, never>, { version: number; footprints: string[] }>(
  import.meta.url,
  'graph-footprints.cypher',
  z.object({ version: count, footprints: textList }),
);

/** The graph version with the footprints of the last writes (rules/write-footprint.ts). */
export async function readWriteFootprints(db: DbClient): Promise<{ version: number; footprints: string[] }> {
  return (await db.read(graphFootprints, {}))[0] ?? { version: 0, footprints: [] };
}

/** Who writes through the API, and on what day: their writes are recorded in the change log. */
export interface ChangeAuthor {
  /** The user who wrote (null: the system). */
  by: string | null;
  /** The day of the write, by the app's clock. */
  today: string;
}

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
  /** The day new nodes are stamped `addedOn` with, unless their record carries one (none: not stamped). */
  today?: string;
  /**
   * API writes (atomic only): what this write changed is recorded in the change log, one
   * ChangeEvent in the same transaction. Import and seeding are bulk loads and leave none;
   * the change feed still reads what they wrote from its dates.
   */
  log?: ChangeAuthor;
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
  const today = options.today ?? options.log?.today ?? null;
  const diff = options.log !== undefined && options.atomic;
  const phases = [
    { phase: 'nodes', batches: chunk(graph.nodes, batchSize, nodeRow), total: graph.nodes.length },
    { phase: 'ties', batches: chunk(graph.ties, batchSize, tieRow), total: graph.ties.length },
  ] as const;
  const empty = (): WriteSummary => ({ nodes: { created: 0, updated: 0, written: 0 }, ties: { created: 0, updated: 0, written: 0 } });

  const writeBatch = async (tx: WriteTransaction, summary: WriteSummary, p: (typeof phases)[number], rows: unknown[], done: number, facts: string[], created: Set<string>) => {
    const counts =
      p.phase === 'nodes'
        ? (await tx.run(mergeNodes, { rows, today: today === null ? null : toNeo4jDate(today), diff }))[0]
        : (await tx.run(mergeTies, { rows, diff }))[0];
    if (counts && 'added' in counts) facts.push(...nodeFacts(counts, graph.nodes));
    if (counts && 'createdIds' in counts) for (const id of counts.createdIds) created.add(id);
    if (counts && 'changed' in counts) facts.push(...tieFacts(counts.changed));
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
      const facts: string[] = [];
      const created = new Set<string>();
      for (const p of phases) {
        let done = 0;
        for (const rows of p.batches) {
          await writeBatch(tx, summary, p, rows, done, facts, created);
          done += rows.length;
        }
      }
      const changed = summary.nodes.created + summary.nodes.updated + summary.ties.created + summary.ties.updated > 0;
      // Only a logged write knows what it created (the diff), so only it leaves a footprint.
      const log = options.log ? { on: options.log.today, by: options.log.by, facts, removed: [] } : null;
      if (!options.onlyIfChanged || changed) await bumpGraphVersion(tx, log, diff ? footprintOfWrite(graph.nodes, graph.ties, created) : null);
      return summary;
    });
  }
  const summary = empty();
  for (const p of phases) {
    let done = 0;
    for (const rows of p.batches) {
      const batch = await db.writeTransaction(async (tx) => {
        const partial = empty();
        await writeBatch(tx, partial, p, rows, done, [], new Set());
        return partial[p.phase];
      });
      summary[p.phase].created += batch.created;
      summary[p.phase].updated += batch.updated;
      summary[p.phase].written += batch.written;
      done += rows.length;
    }
  }
  await db.writeTransaction((tx) => bumpGraphVersion(tx, null));
  return summary;
}

/** People created, and each tender's status history entries that the write added. */
function nodeFacts(counts: z.infer<typeof nodeCounts>, nodes: readonly NodeRecord[]): string[] {
  const facts = counts.added.map((id) => `added|${id}`);
  if (counts.histories.length === 0) return facts;
  const written = new Map(nodes.map((n) => [n.id, n.props.statusHistory]));
  for (const [id, before] of counts.histories) {
    const after = written.get(id);
    if (!Array.isArray(after)) continue;
    const known = new Set(before);
    for (const entry of after) {
      const day = /^(\d{4}-\d{2}-\d{2})\s/.exec(entry)?.[1];
      if (day && !known.has(entry)) facts.push(`status|${id}|${day}`);
    }
  }
  return facts;
}

/** A new tie starts (and ends, when it carries an until); an existing tie whose until changed ends. */
function tieFacts(changed: ReadonlyArray<readonly [string, boolean, string | null]>): string[] {
  const facts: string[] = [];
  for (const [key, created, until] of changed) {
    if (created) facts.push(`start|${key}`);
    if (until !== null) facts.push(`end|${key}`);
  }
  return facts;
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
