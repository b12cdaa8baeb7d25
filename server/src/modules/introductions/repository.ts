import { z } from 'zod';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { toNeo4jDate, toNeo4jInteger } from '../../kernel/database/plain.js';
import { positionalList, text } from '../../kernel/database/rows.js';
import { contactStrength, SMALL_WORKPLACE } from './rules/contact-strength.js';
import type { PathEdge } from './rules/types.js';

const contactTiesOf = cypher<{ ids: string[]; asOf: unknown; smallWorkplace: unknown }, { from: string; ties: ContactTie[] }>(
  import.meta.url,
  'contact-ties-of.cypher',
  z.object({
    from: text,
    ties: positionalList({
      to: 'string',
      type: 'string',
      strength: 'number?',
      stage: 'string?',
      confidence: 'number?',
      toOptedOut: 'boolean',
      toIsUser: 'boolean',
    }),
  }),
  { scalarRows: true },
);

interface ContactTie {
  to: string;
  type: string;
  strength: number | null;
  stage: string | null;
  confidence: number | null;
  toOptedOut: boolean;
  toIsUser: boolean;
}

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
    return (await this.contactBalls([{ starts, hops }], asOf))[0]!;
  }

  /**
   * Several contact balls at once, one round trip per hop for all of them: each hop reads
   * the ties of every ball's frontier not read yet, and each ball then takes the rows of
   * its own frontier, in its frontier's order, exactly as if it had been read alone.
   */
  async contactBalls(balls: ReadonlyArray<{ starts: string[]; hops: number }>, asOf: string): Promise<ContactGraph[]> {
    const tiesOf = new Map<string, ContactTie[]>();
    const states = balls.map((ball) => ({
      hops: ball.hops,
      seen: new Set(ball.starts),
      frontier: [...ball.starts],
      graph: { edges: [] as PathEdge[], optedOut: new Set<string>(), users: new Set<string>() },
    }));
    for (let hop = 0; ; hop += 1) {
      const active = states.filter((state) => hop < state.hops && state.frontier.length > 0);
      if (active.length === 0) break;
      const unread = [...new Set(active.flatMap((state) => state.frontier))].filter((id) => !tiesOf.has(id));
      if (unread.length > 0) {
        const rows = await this.db.read(contactTiesOf, { ids: unread, asOf: toNeo4jDate(asOf), smallWorkplace: toNeo4jInteger(SMALL_WORKPLACE) });
        for (const id of unread) tiesOf.set(id, []);
        for (const row of rows) tiesOf.set(row.from, row.ties);
      }
      for (const state of active) {
        const next: string[] = [];
        const { edges, optedOut, users } = state.graph;
        for (const id of state.frontier) {
          for (const row of tiesOf.get(id) ?? []) {
            // A path is as strong as its ties weighed by how sure we are of them.
            const strength = contactStrength(row.type, row.strength, row.stage) * (row.confidence ?? 1);
            if (strength <= 0) continue;
            edges.push({ from: id, to: row.to, strength, type: row.type });
            if (row.toOptedOut) optedOut.add(row.to);
            if (row.toIsUser) users.add(row.to);
            if (!state.seen.has(row.to)) {
              state.seen.add(row.to);
              next.push(row.to);
            }
          }
        }
        state.frontier = next;
      }
    }
    return states.map((state) => state.graph);
  }
}
