import { z } from 'zod';
import { cypher, type CypherStatement } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { toNeo4jDate } from '../../kernel/database/plain.js';
import { positionalList, text } from '../../kernel/database/rows.js';
import { PARTICIPATION_COLUMNS } from '../evidence/repository.js';
import type { Participation } from '../evidence/rules/types.js';
import type { InfluenceTie, PowerProjection } from './rules/types.js';

export type ScopeKind = 'territory' | 'institution' | 'committee' | 'tender' | 'everywhere';

type ScopeParams = { scopeId: string; asOf: unknown };
const personId = z.object({ id: text });
const scopePeople: Record<ScopeKind, CypherStatement<ScopeParams, { id: string }>> = {
  territory: cypher(import.meta.url, 'scope-people-territory.cypher', personId),
  institution: cypher(import.meta.url, 'scope-people-institution.cypher', personId),
  committee: cypher(import.meta.url, 'scope-people-committee.cypher', personId),
  tender: cypher(import.meta.url, 'scope-people-tender.cypher', personId),
  everywhere: cypher(import.meta.url, 'scope-people-everywhere.cypher', personId),
};
const scopeExists = cypher<{ scopeId: string }, { id: string; type: string; name: string }>(
  import.meta.url,
  'scope-exists.cypher',
  z.object({ id: text, type: text, name: text }),
);
// Positional rows, in the order of the query's lists (see its header for why).
const projectionRow = z.object({
  people: positionalList({ id: 'string', name: 'string', optedOut: 'boolean' }),
  influence: positionalList({
    from: 'string',
    to: 'string',
    strength: 'number',
    basis: 'string?',
    domain: 'string?',
    since: 'string?',
    until: 'string?',
    confidence: 'number?',
    source: 'string?',
  }),
  roles: positionalList({
    personId: 'string',
    kind: ['position', 'committee', 'decision_group'] as const,
    role: 'string',
    atId: 'string',
    atName: 'string',
    head: 'boolean',
    since: 'string?',
    until: 'string?',
    confidence: 'number?',
    source: 'string?',
  }),
  stances: positionalList({ personId: 'string', value: 'number', towardOurs: 'boolean' }),
  areas: positionalList({ id: 'string', name: 'string' }),
  works: positionalList(PARTICIPATION_COLUMNS),
});
const powerProjection = cypher<{ ids: string[]; asOf: unknown; area: string | null }, z.infer<typeof projectionRow>>(
  import.meta.url,
  'power-projection.cypher',
  projectionRow,
);

/** Reads what balance of power needs: who is in a scope, and their ties, roles and stances. */
export class PowerRepository {
  constructor(private readonly db: DbClient) {}

  /** The scope's node with its label and name, or null when there is none. */
  async scope(scopeId: string): Promise<{ id: string; type: string; name: string } | null> {
    return (await this.db.read(scopeExists, { scopeId }))[0] ?? null;
  }

  async peopleInScope(kind: ScopeKind, scopeId: string, asOf: string): Promise<string[]> {
    const rows = await this.db.read(scopePeople[kind], { scopeId, asOf: toNeo4jDate(asOf) });
    return rows.map((r) => r.id);
  }

  /** People, influence ties, formal roles and stances among `ids`, in one round trip. */
  async powerProjection(ids: string[], asOf: string, area: string | null): Promise<PowerProjection> {
    const [row] = await this.db.read(powerProjection, { ids, asOf: toNeo4jDate(asOf), area });
    if (!row) return { people: [], influence: [], roles: [], stances: [], works: [] };
    // Influence domains hold an area's id: explanations name it.
    const areaNames = new Map(row.areas.map((a) => [a.id, a.name]));
    for (const tie of row.influence) (tie as InfluenceTie).domainName = tie.domain === null ? null : (areaNames.get(tie.domain) ?? null);
    const works: Participation[] = row.works.map((w) => ({
      personId: w.personId,
      workId: w.workId,
      kind: w.kind,
      date: w.date,
      label: w.label,
      title: w.title,
      matchScore: w.matchScore,
      ...(w.position !== null ? { position: w.position } : {}),
      ...(w.authorCount !== null ? { authorCount: w.authorCount } : {}),
      ...(w.last !== null ? { last: w.last } : {}),
      role: w.role,
      ...(w.overall !== null ? { overall: w.overall } : {}),
      sessionKey: w.sessionKey,
      areaIds: w.areaIds === '' ? [] : w.areaIds.split(';'),
    }));
    return { people: row.people, influence: row.influence, roles: row.roles, stances: row.stances, works };
  }
}
