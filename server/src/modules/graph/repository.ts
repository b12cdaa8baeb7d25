import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { entityTypes } from '../../kernel/database/entities.js';
import { toNeo4jDate } from '../../kernel/database/plain.js';
import { count, text, textList } from '../../kernel/database/rows.js';
import { fieldError, type FieldError } from '../../kernel/errors.js';
import {
  bumpGraphVersion,
  toDbProps,
  writeGraph,
  type ChangeAuthor,
  type ChangeLogEntry,
  type WriteOptions,
  type WriteProgress,
  type WriteSummary,
} from './graph-writer.js';
import { tieKey, type NodeRecord, type NodeType, type PropertyValue, type TieRecord, type TieType } from './model.js';
import { tieModelOf, type TieModel } from './models.js';

const tieProps = z.record(z.string(), z.unknown());
const tieByKey = cypher<{ from: string; to: string; key: string }, { type: string; props: Record<string, unknown> }>(
  import.meta.url,
  'tie-by-key.cypher',
  z.object({ type: text, props: tieProps }),
);
const removeTieQuery = cypher<{ from: string; to: string; key: string }, { removed: number; ties: Array<{ type: string; props: Record<string, unknown> }> }>(
  import.meta.url,
  'remove-tie.cypher',
  z.object({ removed: count, ties: z.array(z.object({ type: text, props: tieProps })) }),
);
const setCurrentTieQuery = cypher<
  { from: string; to: string; type: string; today: unknown; key: string; props: Record<string, unknown> },
  { props: Record<string, unknown>; closed: string[] }
>(import.meta.url, 'set-current-tie.cypher', z.object({ props: tieProps, closed: textList }));
const deleteNodeQuery = cypher<{ id: string }, { type: string }>(import.meta.url, 'delete-node.cypher', z.object({ type: text }));
const deleteEverything = cypher<Record<string, never>, never>(import.meta.url, 'delete-everything.cypher', z.never());
const countEntities = cypher<Record<string, never>, { count: number }>(import.meta.url, 'count-entities.cypher', z.object({ count }));

/** A reference the input makes to another node: which field, which id, which labels it may be. */
export interface Reference {
  field: string;
  id: string;
  allowed: readonly NodeType[];
}

/**
 * The graph's generic writes: nodes and ties of any allowed type, each in one transaction
 * that bumps the graph version. Given an author (the API's requests), every write also
 * records what it changed in the change log, in the same transaction.
 */
export class GraphRepository {
  constructor(
    private readonly db: DbClient,
    private readonly author?: ChangeAuthor,
  ) {}

  newId(type: NodeType): string {
    return `${type.toLowerCase()}-${randomUUID().slice(0, 8)}`;
  }

  /** id -> label for the ids that exist. */
  entityTypes(ids: readonly string[]): Promise<Map<string, string>> {
    return entityTypes(this.db, ids);
  }

  /** Field errors for references that are missing or of the wrong kind; also an id reused across types. */
  async checkReferences(references: Reference[], self?: { id: string; type: NodeType }): Promise<FieldError[]> {
    const ids = [...references.map((r) => r.id), ...(self ? [self.id] : [])];
    if (ids.length === 0) return [];
    const found = await this.entityTypes(ids);
    const errors: FieldError[] = [];
    for (const ref of references) {
      const type = found.get(ref.id);
      if (!type) errors.push(fieldError(ref.field, 'error.noSuchNode', { id: ref.id }));
      else if (!(ref.allowed as readonly string[]).includes(type)) {
        errors.push(fieldError(ref.field, 'error.wrongKind', { id: ref.id, type, expected: { or: ref.allowed } }));
      }
    }
    if (self) {
      const existing = found.get(self.id);
      if (existing && existing !== self.type) errors.push(fieldError('input.id', 'error.idTaken', { id: self.id, type: existing }));
    }
    return errors;
  }

  /** Nodes and ties in one transaction (all or nothing). */
  write(nodes: NodeRecord[], ties: TieRecord[] = []): Promise<WriteSummary> {
    return writeGraph(this.db, { nodes, ties }, { atomic: true, ...(this.author ? { log: this.author } : {}) });
  }

  /** Import and seeding: many records, optionally in batches of their own transactions. */
  writeMany(graph: { nodes: readonly NodeRecord[]; ties: readonly TieRecord[] }, options: WriteOptions & { onProgress?: (p: WriteProgress) => void }) {
    return writeGraph(this.db, graph, options);
  }

  async setTie(tie: TieRecord): Promise<TieModel> {
    await this.write([], [tie]);
    return this.readTie(tie.from, tie.to, tieKey({ ...tie, since: typeof tie.props.since === 'string' ? tie.props.since : null }));
  }

  async removeTie(from: string, to: string, type: TieType, since: string | null): Promise<boolean> {
    return this.db.writeTransaction(async (tx) => {
      const [row] = await tx.run(removeTieQuery, { from, to, key: tieKey({ from, to, type, since }) });
      if (!row || row.removed === 0) return false;
      const removed = row.ties.map((tie) => JSON.stringify({ type: tie.type, from, to, props: tie.props }));
      await bumpGraphVersion(tx, this.logEntry([], removed), [{ tie: type, from, to }]);
      return true;
    });
  }

  /** STANCE and RELATES hold one value at a time; the previous one is closed today. */
  async setCurrentTie(from: string, to: string, type: TieType, props: Record<string, PropertyValue>, today: string): Promise<TieModel> {
    const key = tieKey({ from, to, type, since: today });
    await this.db.writeTransaction(async (tx) => {
      const [row] = await tx.run(setCurrentTieQuery, { from, to, type, today: toNeo4jDate(today), key, props: toDbProps('tie', type, props) });
      const facts = [`start|${key}`, ...(row?.closed ?? []).filter((k) => k !== key).map((k) => `end|${k}`)];
      await bumpGraphVersion(tx, this.logEntry(facts, []), [{ tie: type, from, to }]);
    });
    return this.readTie(from, to, key);
  }

  async deleteNode(id: string): Promise<string | null> {
    return this.db.writeTransaction(async (tx) => {
      const [row] = await tx.run(deleteNodeQuery, { id });
      if (!row) return null;
      await bumpGraphVersion(tx, null);
      return row.type;
    });
  }

  /** Deletes every node and tie (the seed's --reset). */
  async deleteEverything(): Promise<void> {
    await this.db.autoCommit(deleteEverything, {});
  }

  /** How many domain nodes the graph holds (0: an empty database, which `npm start` seeds). */
  async countEntities(): Promise<number> {
    return (await this.db.read(countEntities, {}))[0]?.count ?? 0;
  }

  private logEntry(facts: string[], removed: string[]): ChangeLogEntry | null {
    return this.author ? { on: this.author.today, by: this.author.by, facts, removed } : null;
  }

  private async readTie(from: string, to: string, key: string): Promise<TieModel> {
    const [row] = await this.db.read(tieByKey, { from, to, key });
    if (!row) throw new Error(`tie ${key} was not found right after writing it`);
    return tieModelOf(from, to, row.type, row.props);
  }
}
