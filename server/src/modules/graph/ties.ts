import DataLoader from 'dataloader';
import { z } from 'zod';
import { groupBy } from '../../kernel/database/batch.js';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { toNeo4jDate } from '../../kernel/database/plain.js';
import { text } from '../../kernel/database/rows.js';
import type { TieDirection } from '../../__generated__/vocabulary.js';
import type { TieType } from './model.js';
import { tieModelOf, type TieModel } from './models.js';

const tieRow = z.object({
  id: text,
  direction: z.enum(['out', 'in']),
  type: text,
  otherId: text,
  otherLabel: text,
  props: z.record(z.string(), z.unknown()),
});
const tiesOf = cypher<{ ids: readonly string[]; types: readonly string[]; direction: TieDirection; asOf: unknown; minStrength: number }, z.infer<typeof tieRow>>(
  import.meta.url,
  'ties-of.cypher',
  tieRow,
);

/** A tie seen from one of its ends. */
export interface TieEnd {
  /** The node the tie was asked for. */
  id: string;
  direction: 'out' | 'in';
  otherId: string;
  /** The other end's label (Person, Institution, ...). */
  otherLabel: string;
  tie: TieModel;
}

export interface TieQuery {
  id: string;
  types: readonly TieType[];
  direction: TieDirection;
  /** Null: every tie ever recorded, for histories. */
  asOf: string | null;
  minStrength: number;
}

/**
 * The ties of nodes, batched: every lookup of a request with the same types, direction,
 * date and minimum strength is answered by one query, whatever the number of nodes.
 */
export function createTieLoader(db: DbClient): DataLoader<TieQuery, TieEnd[], string> {
  return new DataLoader<TieQuery, TieEnd[], string>(
    async (queries) => {
      const groups = groupBy(queries, groupKey);
      const answers = new Map<string, TieEnd[]>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const { types, direction, asOf, minStrength } = group[0]!;
          const ids = [...new Set(group.map((q) => q.id))];
          const rows = await db.read(tiesOf, { ids, types, direction, asOf: asOf === null ? null : toNeo4jDate(asOf), minStrength });
          const byId = new Map<string, TieEnd[]>(ids.map((id) => [id, []]));
          for (const row of rows) {
            const from = row.direction === 'out' ? row.id : row.otherId;
            const to = row.direction === 'out' ? row.otherId : row.id;
            byId.get(row.id)!.push({
              id: row.id,
              direction: row.direction,
              otherId: row.otherId,
              otherLabel: row.otherLabel,
              tie: tieModelOf(from, to, row.type, row.props),
            });
          }
          for (const q of group) answers.set(cacheKey(q), byId.get(q.id) ?? []);
        }),
      );
      return queries.map((q) => answers.get(cacheKey(q)) ?? []);
    },
    { cacheKeyFn: cacheKey },
  );
}

function groupKey(q: TieQuery): string {
  return JSON.stringify([[...q.types].sort(), q.direction, q.asOf, q.minStrength]);
}

function cacheKey(q: TieQuery): string {
  return `${q.id}\u0000${groupKey(q)}`;
}
