import { z } from 'zod';
import { USER_ROLES } from '../../modules/graph/model.js';
import { cypher } from '../database/cypher.js';
import type { DbClient } from '../database/db-client.js';
import { entityTypes } from '../database/entities.js';
import { count, text, textList } from '../database/rows.js';
import { ForbiddenError } from '../errors.js';
import { message } from '../i18n/catalogue.js';
import { localeOf } from '../i18n/locale.js';
import { seesEverything, type Role, type Viewer } from './viewer.js';

const viewerQuery = cypher<
  { userId: string; today: string },
  { id: string; name: string; role: string | null; preferredLocale: string | null; territoryIds: string[]; teamIds: string[]; graphVersion: number }
  // A user signed in through the identity provider has no role until the claim or an admin gives one.
>(import.meta.url, 'viewer.cypher', z.object({ id: text, name: text, role: text.nullable(), preferredLocale: text.nullable(), territoryIds: textList, teamIds: textList, graphVersion: count }));
const visibleIds = cypher<{ ids: string[]; territoryIds: string[] }, { id: string }>(import.meta.url, 'visible-ids.cypher', z.object({ id: text }));

export async function loadViewer(db: DbClient, userId: string, today: string): Promise<Viewer | null> {
  return (await loadViewerAndVersion(db, userId, today)).viewer;
}

/**
 * The signed-in user and the graph version, in one round trip at the start of a request:
 * the version is what the analytics cache checks its entries against.
 */
export async function loadViewerAndVersion(
  db: DbClient,
  userId: string,
  today: string,
): Promise<{ viewer: Viewer | null; graphVersion: number | null }> {
  const [row] = await db.read(viewerQuery, { userId, today });
  if (!row || !(USER_ROLES as readonly string[]).includes(row.role ?? '')) return { viewer: null, graphVersion: null };
  const role = row.role as Role;
  const viewer: Viewer = {
    userId: row.id,
    name: row.name,
    role,
    territoryIds: role === 'admin' || role === 'strategist' ? null : new Set(row.territoryIds),
    teamIds: new Set(row.teamIds),
    preferredLocale: localeOf(row.preferredLocale),
  };
  return { viewer, graphVersion: row.graphVersion };
}

/**
 * Territory-based visibility for KAMs and managers (README, Security): something lies in
 * a territory when it is located there, or works, sits or holds a role at something
 * located there. One query per check.
 */
export class AccessChecker {
  constructor(
    private readonly db: DbClient,
    readonly viewer: Viewer,
  ) {}

  /** The subset of ids the viewer may see. */
  async visible(ids: readonly string[]): Promise<Set<string>> {
    if (seesEverything(this.viewer) || ids.length === 0) return new Set(ids);
    const rows = await this.db.read(visibleIds, { ids: [...new Set(ids)], territoryIds: [...this.viewer.territoryIds!] });
    return new Set(rows.map((r) => r.id));
  }

  /** Throws FORBIDDEN naming the first id outside the viewer's territories. */
  async assertVisible(ids: ReadonlyArray<string | null | undefined>, argument: string): Promise<void> {
    const wanted = ids.filter((id): id is string => typeof id === 'string' && id !== '');
    const seen = await this.visible(wanted);
    const hidden = wanted.filter((id) => !seen.has(id));
    if (hidden.length === 0) return;
    // Ids that do not exist are left to the caller, which reports NOT_FOUND or a field error.
    const existing = await entityTypes(this.db, hidden);
    const first = hidden.find((id) => existing.has(id));
    if (first !== undefined) throw new ForbiddenError(message('api.outsideTerritories', { id: first }), argument);
  }
}
