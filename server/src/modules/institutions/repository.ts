import { z } from 'zod';
import { alignById } from '../../kernel/database/batch.js';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { optionalText, text } from '../../kernel/database/rows.js';
import { INSTITUTION_KINDS } from '../graph/model.js';
import type { CommitteeModel, InstitutionModel } from './models.js';

const institutionsByIds = cypher<{ ids: readonly string[] }, InstitutionModel>(
  import.meta.url,
  'institutions-by-ids.cypher',
  z.object({ id: text, name: text, kind: z.enum(INSTITUTION_KINDS).nullable() }),
);
const committeesByIds = cypher<{ ids: readonly string[] }, CommitteeModel>(
  import.meta.url,
  'committees-by-ids.cypher',
  z.object({ id: text, name: text, kind: optionalText }),
);

export class InstitutionRepository {
  constructor(private readonly db: DbClient) {}

  async institutions(ids: readonly string[]): Promise<Array<InstitutionModel | null>> {
    return alignById(ids, await this.db.read(institutionsByIds, { ids }), (row) => row.id);
  }

  async committees(ids: readonly string[]): Promise<Array<CommitteeModel | null>> {
    return alignById(ids, await this.db.read(committeesByIds, { ids }), (row) => row.id);
  }
}
