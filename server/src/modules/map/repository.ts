import { z } from 'zod';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { toNeo4jDate } from '../../kernel/database/plain.js';
import { positionalList, type PositionalRow } from '../../kernel/database/rows.js';

const nodeFields = {
  id: 'string',
  label: 'string',
  name: 'string',
  kind: 'string?',
  category: 'string?',
  optedOut: 'boolean',
  ours: 'boolean',
  competitor: 'boolean',
} as const;
const edgeFields = {
  from: 'string',
  to: 'string',
  type: 'string',
  key: 'string?',
  strength: 'number?',
  role: 'string?',
  basis: 'string?',
  domain: 'string?',
  since: 'string?',
  until: 'string?',
  source: 'string?',
  confidence: 'number?',
} as const;
export type GraphViewNodeRow = PositionalRow<typeof nodeFields>;
export type GraphViewEdgeRow = PositionalRow<typeof edgeFields>;

// Positional rows, in the order of the query's lists (see its header for why).
const graphView = cypher<
  { ids: string[]; asOf: unknown; tieTypes: string[]; minStrength: number },
  { nodes: GraphViewNodeRow[]; edges: GraphViewEdgeRow[] }
>(import.meta.url, 'graph-view.cypher', z.object({ nodes: positionalList(nodeFields), edges: positionalList(edgeFields) }));

export class MapRepository {
  constructor(private readonly db: DbClient) {}

  /** The people, what they are tied to, and the ties among all of these, as of a date. */
  async graphView(ids: string[], asOf: string, tieTypes: string[], minStrength: number): Promise<{ nodes: GraphViewNodeRow[]; edges: GraphViewEdgeRow[] }> {
    const [row] = await this.db.read(graphView, { ids, asOf: toNeo4jDate(asOf), tieTypes, minStrength });
    return row ?? { nodes: [], edges: [] };
  }
}
