import { z } from 'zod';
import { alignById } from '../../kernel/database/batch.js';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { toNeo4jDate, toNeo4jInteger } from '../../kernel/database/plain.js';
import { optionalDate, optionalNumber, optionalText, text, textList } from '../../kernel/database/rows.js';
import type { PathEdge } from '../introductions/rules/types.js';
import { tieWeight } from '../power/rules/influence-ties.js';
import { DECISION_ROLES, RELATIONSHIP_STAGES, TENDER_PROCEDURES, TENDER_STATUSES } from '../graph/model.js';
import type { TenderModel } from './models.js';

type TenderAsOf = { tenderId: string; asOf: unknown };
const tendersByIds = cypher<{ ids: readonly string[] }, TenderModel>(
  import.meta.url,
  'tenders-by-ids.cypher',
  z.object({
    id: text,
    name: text,
    date: optionalDate,
    value: optionalNumber,
    currency: optionalText,
    status: z.enum(TENDER_STATUSES).nullable(),
    procedure: z.enum(TENDER_PROCEDURES).nullable(),
    specification: optionalText,
    issuerId: optionalText,
    preparationStart: optionalDate,
    statusHistory: textList,
  }),
);
const listTenders = cypher<{ territoryId: string | null; limit: unknown }, { id: string }>(import.meta.url, 'list-tenders.cypher', z.object({ id: text }));
const drafterRow = z.object({ personId: text, via: z.enum(['author', 'committee', 'decision_group']), role: text, atName: text });
const tenderDrafters = cypher<TenderAsOf, z.infer<typeof drafterRow>>(import.meta.url, 'tender-drafters.cypher', drafterRow);
const influencersOf = cypher<{ ids: string[]; asOf: unknown }, { from: string; to: string; strength: number; confidence: number | null }>(
  import.meta.url,
  'influencers-of.cypher',
  z.object({ from: text, to: text, strength: z.number(), confidence: optionalNumber }),
);
const decisionGroupRow = z.object({
  personId: text,
  role: z.enum(DECISION_ROLES),
  relations: z.array(z.object({ userId: text, stage: z.enum(RELATIONSHIP_STAGES) })),
  owners: textList,
});
const decisionGroup = cypher<TenderAsOf, z.infer<typeof decisionGroupRow>>(import.meta.url, 'decision-group.cypher', decisionGroupRow);

export type DrafterRow = z.infer<typeof drafterRow>;

export class TenderRepository {
  constructor(private readonly db: DbClient) {}

  async byIds(ids: readonly string[]): Promise<Array<TenderModel | null>> {
    return alignById(ids, await this.db.read(tendersByIds, { ids }), (row) => row.id);
  }

  /** Tenders soonest first, optionally those of one territory. */
  async ids(territoryId: string | null, limit: number): Promise<string[]> {
    return (await this.db.read(listTenders, { territoryId, limit: toNeo4jInteger(limit) })).map((r) => r.id);
  }

  /** Who drafts the tender's specification: authors, drafting committees' members, specification authors. */
  drafters(tenderId: string, asOf: string): Promise<DrafterRow[]> {
    return this.db.read(tenderDrafters, { tenderId, asOf: toNeo4jDate(asOf) });
  }

  /** INFLUENCES ties reaching the targets within maxHops, fetched one hop per round trip. */
  async influenceBall(targets: string[], asOf: string, maxHops: number, without: ReadonlySet<string>): Promise<PathEdge[]> {
    const edges: PathEdge[] = [];
    const seen = new Set(targets);
    let frontier = targets.filter((id) => !without.has(id));
    for (let hop = 0; hop < maxHops && frontier.length > 0; hop += 1) {
      const rows = await this.db.read(influencersOf, { ids: frontier, asOf: toNeo4jDate(asOf) });
      const next: string[] = [];
      for (const row of rows) {
        if (without.has(row.from)) continue;
        // A path is as strong as its ties weighed by how sure we are of them.
        const strength = tieWeight(row.strength, row.confidence);
        if (strength <= 0) continue;
        edges.push({ from: row.from, to: row.to, strength, type: 'INFLUENCES' });
        if (!seen.has(row.from)) {
          seen.add(row.from);
          next.push(row.from);
        }
      }
      frontier = next;
    }
    return edges;
  }

  /** The tender's decision-group members with our users' stages with each and their owners. */
  decisionGroup(tenderId: string, asOf: string) {
    return this.db.read(decisionGroup, { tenderId, asOf: toNeo4jDate(asOf) });
  }
}
