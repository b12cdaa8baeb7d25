import { z } from 'zod';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { toNeo4jDate } from '../../kernel/database/plain.js';
import { count, optionalText, text, textList } from '../../kernel/database/rows.js';

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

export class AccountRepository {
  constructor(private readonly db: DbClient) {}

  /** The accounts of a territory or institution with their sales, people, our stages with them and upcoming tenders. */
  keyAccounts(scopeKind: 'territory' | 'institution', scopeId: string, today: string): Promise<AccountRow[]> {
    return this.db.read(keyAccounts, { scopeKind, scopeId, today: toNeo4jDate(today) });
  }
}
