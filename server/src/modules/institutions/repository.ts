import { z } from 'zod';
import { alignById } from '../../kernel/database/batch.js';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { optionalText, text } from '../../kernel/database/rows.js';
import { INSTITUTION_KINDS } from '../graph/model.js';
import type { CommitteeModel, InstitutionModel } from './models.js';

/** An institution's row, also embedded in positions (people module). */
export const institutionRow = z.object({
  id: text,
  name: text,
  kind: z.enum(INSTITUTION_KINDS).nullable(),
  city: optionalText,
  ours: z.boolean(),
  competitor: z.boolean(),
  keyAccount: z.boolean(),
});
/** A committee's row, also embedded in committee seats (people module). */
export const committeeRow = z.object({ id: text, name: text, kind: optionalText, description: optionalText });

const idRow = z.object({ id: text });
const institutionsByIds = cypher<{ ids: readonly string[] }, InstitutionModel>(import.meta.url, 'institutions-by-ids.cypher', institutionRow);
const committeesByIds = cypher<{ ids: readonly string[] }, CommitteeModel>(import.meta.url, 'committees-by-ids.cypher', committeeRow);
const listInstitutions = cypher<
  { kind: string | null; territoryId: string | null; search: string | null; ours: boolean | null; competitor: boolean | null },
  { id: string }
>(import.meta.url, 'list-institutions.cypher', idRow);
const listCommittees = cypher<{ kind: string | null; institutionId: string | null; territoryId: string | null; search: string | null }, { id: string }>(
  import.meta.url,
  'list-committees.cypher',
  idRow,
);

const orNull = <T>(value: T | null | undefined): T | null => value ?? null;

export class InstitutionRepository {
  constructor(private readonly db: DbClient) {}

  async institutions(ids: readonly string[]): Promise<Array<InstitutionModel | null>> {
    return alignById(ids, await this.db.read(institutionsByIds, { ids }), (row) => row.id);
  }

  async committees(ids: readonly string[]): Promise<Array<CommitteeModel | null>> {
    return alignById(ids, await this.db.read(committeesByIds, { ids }), (row) => row.id);
  }

  async institutionIds(filter: { kind?: string | null; territoryId?: string | null; search?: string | null; ours?: boolean | null; competitor?: boolean | null }) {
    const rows = await this.db.read(listInstitutions, {
      kind: orNull(filter.kind),
      territoryId: orNull(filter.territoryId),
      search: orNull(filter.search),
      ours: orNull(filter.ours),
      competitor: orNull(filter.competitor),
    });
    return rows.map((r) => r.id);
  }

  async committeeIds(filter: { kind?: string | null; institutionId?: string | null; territoryId?: string | null; search?: string | null }) {
    const rows = await this.db.read(listCommittees, {
      kind: orNull(filter.kind),
      institutionId: orNull(filter.institutionId),
      territoryId: orNull(filter.territoryId),
      search: orNull(filter.search),
    });
    return rows.map((r) => r.id);
  }
}
