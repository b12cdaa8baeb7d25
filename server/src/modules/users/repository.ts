import { z } from 'zod';
import { alignById } from '../../kernel/database/batch.js';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { optionalText, text } from '../../kernel/database/rows.js';
import { USER_ROLES } from '../graph/model.js';
import type { UserRole } from '../../__generated__/vocabulary.js';
import type { UserModel } from './models.js';
import type { Locale } from '../../kernel/i18n/catalogue.js';

const usersByIds = cypher<{ ids: readonly string[] }, UserModel>(
  import.meta.url,
  'users-by-ids.cypher',
  z.object({ id: text, name: text, role: z.enum(USER_ROLES).nullable(), email: optionalText, kamKind: optionalText }),
);
const setUserRole = cypher<{ id: string; role: string }, { id: string }>(import.meta.url, 'set-user-role.cypher', z.object({ id: text }));
const setPreferredLocale = cypher<{ id: string; locale: string | null }, { id: string }>(import.meta.url, 'set-preferred-locale.cypher', z.object({ id: text }));
const listUsers = cypher<{ role: string | null; search: string | null }, { id: string }>(import.meta.url, 'list-users.cypher', z.object({ id: text }));

export class UserRepository {
  constructor(private readonly db: DbClient) {}

  async byIds(ids: readonly string[]): Promise<Array<UserModel | null>> {
    return alignById(ids, await this.db.read(usersByIds, { ids }), (row) => row.id);
  }

  /** Returns false when there is no such user. */
  async setRole(id: string, role: UserRole): Promise<boolean> {
    return (await this.db.write(setUserRole, { id, role })).length > 0;
  }

  /** Returns false when there is no such user. */
  async setPreferredLocale(id: string, locale: Locale | null): Promise<boolean> {
    return (await this.db.write(setPreferredLocale, { id, locale })).length > 0;
  }

  async ids(filter: { role?: string | null; search?: string | null }): Promise<string[]> {
    return (await this.db.read(listUsers, { role: filter.role ?? null, search: filter.search ?? null })).map((r) => r.id);
  }
}
