import { z } from 'zod';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { toNeo4jDate, toNeo4jInteger } from '../../kernel/database/plain.js';
import { optionalNumber, optionalText, text } from '../../kernel/database/rows.js';
import { contactStrength, SMALL_WORKPLACE } from './rules/contact-strength.js';
import type { PathEdge } from './rules/types.js';

const contactTiesOf = cypher<
  { ids: string[]; asOf: unknown; smallWorkplace: unknown },
  { from: string; to: string; type: string; strength: number | null; stage: string | null; confidence: number | null; toOptedOut: boolean; toIsUser: boolean }
>(
  import.meta.url,
  'contact-ties-of.cypher',
  z.object({
    from: text,
    to: text,
    type: text,
    strength: optionalNumber,
    stage: optionalText,
    confidence: optionalNumber,
    toOptedOut: z.boolean(),
    toIsUser: z.boolean(),
  }),
);

export interface ContactGraph {
  edges: PathEdge[];
  optedOut: Set<string>;
  users: Set<string>;
}

export class IntroductionRepository {
  constructor(private readonly db: DbClient) {}

  /**
   * The contact ties within `hops` of some people or users, one hop per round trip.
   * Introduction paths expand from both ends (half the hop budget each), so every path
   * within maxHops is inside.
   */
  async contactBall(starts: string[], asOf: string, hops: number): Promise<ContactGraph> {
    const edges: PathEdge[] = [];
    const optedOut = new Set<string>();
    const users = new Set<string>();
    const seen = new Set(starts);
    let frontier = [...starts];
    for (let hop = 0; hop < hops && frontier.length > 0; hop += 1) {
      const rows = await this.db.read(contactTiesOf, { ids: frontier, asOf: toNeo4jDate(asOf), smallWorkplace: toNeo4jInteger(SMALL_WORKPLACE) });
      const next: string[] = [];
      for (const row of rows) {
        // A path is as strong as its ties weighed by how sure we are of them.
        const strength = contactStrength(row.type, row.strength, row.stage) * (row.confidence ?? 1);
        if (strength <= 0) continue;
        edges.push({ from: row.from, to: row.to, strength, type: row.type });
        if (row.toOptedOut) optedOut.add(row.to);
        if (row.toIsUser) users.add(row.to);
        if (!seen.has(row.to)) {
          seen.add(row.to);
          next.push(row.to);
        }
      }
      frontier = next;
    }
    return { edges, optedOut, users };
  }
}
