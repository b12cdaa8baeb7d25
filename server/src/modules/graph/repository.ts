import { randomUUID } from 'node:crypto';
import { cypherFile } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { toNeo4jDate } from '../../kernel/database/plain.js';
import { toDbProps, writeGraph } from './graph-writer.js';
import {
  TIE_ENDPOINTS,
  tieKey,
  type NodeRecord,
  type NodeType,
  type PropertyValue,
  type TieRecord,
  type TieType,
} from './model.js';
import type { TieModel } from '../../models.js';
import type { FieldError } from './field-errors.js';

const findEntities = cypherFile<{ ids: string[] }, { id: string; type: NodeType }>('queries/graph/find-entities.cypher');
const tieByKey = cypherFile<{ from: string; to: string; key: string }, { type: string; props: Record<string, unknown> }>(
  'queries/mutations/tie-by-key.cypher',
);
const removeTieQuery = cypherFile<{ from: string; to: string; key: string }, { removed: number }>('queries/mutations/remove-tie.cypher');
const setCurrentTieQuery = cypherFile<
  { from: string; to: string; type: string; today: unknown; key: string; props: Record<string, unknown> },
  { props: Record<string, unknown> }
>('queries/mutations/set-current-tie.cypher');
const deleteNodeQuery = cypherFile<{ id: string }, { type: string }>('queries/mutations/delete-node.cypher');

/** A reference the input makes to another node: which field, which id, which labels it may be. */
export interface Reference {
  field: string;
  id: string;
  allowed: readonly NodeType[];
}

/** Every write the API makes; each is one transaction that also bumps the graph version. */
export class GraphMutations {
  constructor(private readonly db: DbClient) {}

  newId(type: NodeType): string {
    return `${type.toLowerCase()}-${randomUUID().slice(0, 8)}`;
  }

  /** Field errors for references that are missing or of the wrong kind; also an id reused across types. */
  async checkReferences(references: Reference[], self?: { id: string; type: NodeType }): Promise<FieldError[]> {
    const ids = [...new Set([...references.map((r) => r.id), ...(self ? [self.id] : [])])];
    if (ids.length === 0) return [];
    const found = new Map((await this.db.read(findEntities, { ids })).map((r) => [r.id, r.type]));
    const errors: FieldError[] = [];
    for (const ref of references) {
      const type = found.get(ref.id);
      if (!type) errors.push({ field: ref.field, message: `no node with id "${ref.id}"` });
      else if (!ref.allowed.includes(type)) {
        errors.push({ field: ref.field, message: `"${ref.id}" is a ${type}; expected ${ref.allowed.join(' or ')}` });
      }
    }
    if (self) {
      const existing = found.get(self.id);
      if (existing && existing !== self.type) errors.push({ field: 'input.id', message: `"${self.id}" is already a ${existing}` });
    }
    return errors;
  }

  async upsert(node: NodeRecord, ties: TieRecord[] = []): Promise<void> {
    await writeGraph(this.db.driver, this.db.database, { nodes: [node], ties }, { atomic: true });
  }

  async tieErrors(tie: { from: string; to: string; type: TieType }): Promise<FieldError[]> {
    const allowed = TIE_ENDPOINTS[tie.type];
    return this.checkReferences([
      { field: 'input.from', id: tie.from, allowed: allowed.from },
      { field: 'input.to', id: tie.to, allowed: allowed.to },
    ]);
  }

  async setTie(tie: TieRecord): Promise<TieModel> {
    await writeGraph(this.db.driver, this.db.database, { nodes: [], ties: [tie] }, { atomic: true });
    return this.readTie(tie.from, tie.to, tieKeyOf(tie));
  }

  async removeTie(from: string, to: string, type: TieType, since: string | null): Promise<boolean> {
    const [row] = await this.db.write(removeTieQuery, { from, to, key: tieKey({ from, to, type, since }) });
    return (row?.removed ?? 0) > 0;
  }

  /** STANCE and RELATES hold one value at a time; the previous one is closed today. */
  async setCurrentTie(from: string, to: string, type: TieType, props: Record<string, PropertyValue>, today: string): Promise<TieModel> {
    const key = tieKey({ from, to, type, since: today });
    await this.db.write(setCurrentTieQuery, { from, to, type, today: toNeo4jDate(today), key, props: toDbProps('tie', type, props) });
    return this.readTie(from, to, key);
  }

  async deleteNode(id: string): Promise<string | null> {
    const [row] = await this.db.write(deleteNodeQuery, { id });
    return row?.type ?? null;
  }

  private async readTie(from: string, to: string, key: string): Promise<TieModel> {
    const [row] = await this.db.read(tieByKey, { from, to, key });
    if (!row) throw new Error(`tie ${key} was not found right after writing it`);
    const p = row.props as Record<string, never>;
    return {
      from,
      to,
      type: row.type,
      strength: p.strength ?? null,
      role: p.role ?? null,
      position: p.position ?? null,
      domain: p.domain ?? null,
      basis: p.basis ?? null,
      value: p.value ?? null,
      stage: p.stage ?? null,
      since: p.since ?? null,
      until: p.until ?? null,
      source: p.source ?? null,
      confidence: p.confidence ?? null,
    };
  }
}

function tieKeyOf(tie: TieRecord): string {
  return tieKey({ ...tie, since: typeof tie.props.since === 'string' ? tie.props.since : null });
}
