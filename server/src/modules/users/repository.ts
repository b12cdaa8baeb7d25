import { z } from 'zod';
import { alignById } from '../../kernel/database/batch.js';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { text } from '../../kernel/database/rows.js';
import type { UserModel } from './models.js';

const usersByIds = cypher<{ ids: readonly string[] }, UserModel>(import.meta.url, 'users-by-ids.cypher', z.object({ id: text, name: text, role: text }));

export class UserRepository {
  constructor(private readonly db: DbClient) {}

  async byIds(ids: readonly string[]): Promise<Array<UserModel | null>> {
    return alignById(ids, await this.db.read(usersByIds, { ids }), (row) => row.id);
  }
}
