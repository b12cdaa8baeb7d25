import { z } from 'zod';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { toNeo4jDate } from '../../kernel/database/plain.js';
import { count, optionalText, text, textList } from '../../kernel/database/rows.js';
import { RELATIONSHIP_STAGES } from '../graph/model.js';

const accountRow = z.object({
  id: text,
  name: text,
  kind: optionalText,
  keyAccount: z.boolean(),
  sales: z.array(z.object({ period: text, revenue: z.number(), profit: z.number(), newOpportunities: count })),
  peopleIds: textList,
  stages: z.array(z.string().nullable()),
  upcomingTenders: count,
});
const keyAccounts = cypher<{ scopeKind: string; scopeId: string; today: unknown }, z.infer<typeof accountRow>>(
  import.meta.url,
  'key-accounts.cypher',
  accountRow,
);

export type AccountRow = z.infer<typeof accountRow>;

const standingRow = z.object({
  id: text,
  revenue: z.number(),
  profit: z.number(),
  upcomingTenders: count,
  seats: count,
  talks: count,
  stages: z.array(z.enum(RELATIONSHIP_STAGES).nullable()),
});
const peopleStanding = cypher<{ ids: readonly string[]; period: string | null; today: unknown }, z.infer<typeof standingRow>>(
  import.meta.url,
  'people-standing.cypher',
  standingRow,
);
export type PersonStandingRow = z.infer<typeof standingRow>;

export class AccountRepository {
  constructor(private readonly db: DbClient) {}

  /** The accounts of a territory or institution with their sales, people, our stages with them and upcoming tenders. */
  keyAccounts(scopeKind: 'territory' | 'institution', scopeId: string, today: string): Promise<AccountRow[]> {
    return this.db.read(keyAccounts, { scopeKind, scopeId, today: toNeo4jDate(today) });
  }

  /** Sales, opportunities and our stages for some people (see cypher/people-standing.cypher). */
  peopleStanding(ids: readonly string[], period: string | null, today: string): Promise<PersonStandingRow[]> {
    return this.db.read(peopleStanding, { ids, period, today: toNeo4jDate(today) });
  }
}
