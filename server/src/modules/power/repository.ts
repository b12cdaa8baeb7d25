import { z } from 'zod';
import { cypher, type CypherStatement } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { toNeo4jDate } from '../../kernel/database/plain.js';
import { positionalList, text, type PositionalRow } from '../../kernel/database/rows.js';
import { readWriteFootprints } from '../graph/graph-writer.js';
import { PARTICIPATION_COLUMNS } from '../evidence/repository.js';
import type { Participation } from '../evidence/rules/types.js';
import { canonicalProjection, compareIds } from './rules/canonical.js';
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
const areaRow = z.object({ areas: positionalList({ id: 'string', name: 'string' }) });
const powerAreas = cypher<Record<string, never>, z.infer<typeof areaRow>>(import.meta.url, 'power-areas.cypher', areaRow);
type ProjectionParams = { ids: string[]; asOf: unknown };
// One row per 1,000 people, each column a list of positional rows (see rows.ts and the statements).
const peopleRow = z.object({
  people: positionalList({ id: 'string', name: 'string', optedOut: 'boolean' }),
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
  works: positionalList(PARTICIPATION_COLUMNS),
});
const influenceRow = z.object({
  rows: positionalList({
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
});
const powerPeople = cypher<ProjectionParams, z.infer<typeof peopleRow>>(import.meta.url, 'power-people.cypher', peopleRow, { scalarRows: true });
const powerInfluence = cypher<ProjectionParams & { everyone: boolean; area: string | null }, z.infer<typeof influenceRow>>(import.meta.url, 'power-influence.cypher', influenceRow, {
  scalarRows: true,
});
const influenceTouching = cypher<ProjectionParams & { touched: string[]; area: string | null }, z.infer<typeof influenceRow>>(
  import.meta.url,
  'power-influence-touching.cypher',
  influenceRow,
  { scalarRows: true },
);

/** Reads what balance of power needs: who is in a scope, and their ties, roles and stances. */
export class PowerRepository {
  constructor(private readonly db: DbClient) {}

  /** The scope's node with its label and name, or null when there is none. */
  async scope(scopeId: string): Promise<{ id: string; type: string; name: string } | null> {
    return (await this.db.read(scopeExists, { scopeId }))[0] ?? null;
  }

  /** The ids of the people in a scope as of a date, in id order. */
  async peopleInScope(kind: ScopeKind, scopeId: string, asOf: string): Promise<string[]> {
    const rows = await this.db.read(scopePeople[kind], { scopeId, asOf: toNeo4jDate(asOf) });
    return rows.map((r) => r.id).sort(compareIds);
  }

  /**
   * People, influence ties, formal roles, stances and works among `ids`: the ties and the
   * rest are two statements read side by side (Neo4j runs each on its own thread, and the
   * driver decodes one while the other is still being read), each streamed in rows of up
   * to 1,000 people rather than as one row holding everything: a national scope's single
   * row took minutes to build and decode. Every list comes back in one order
   * whatever order the database returned it in (canonical.ts), so the same data always
   * give the same answer. `everyone` says `ids` are every person in the graph.
   */
  async powerProjection(ids: string[], asOf: string, area: string | null, everyone = false): Promise<PowerProjection> {
    const params = { ids, asOf: toNeo4jDate(asOf) };
    const [batches, influenceBatches, areas] = await Promise.all([
      this.db.read(powerPeople, params),
      this.db.read(powerInfluence, { ...params, everyone, area }),
      this.db.read(powerAreas, {}),
    ]);
    let influence: InfluenceTie[] = influenceBatches.flatMap((batch) => batch.rows);
    // Without the check in Cypher, a person added since `ids` were read could be named.
    if (everyone) {
      const inScope = new Set(ids);
      influence = influence.filter((tie) => inScope.has(tie.to));
    }
    return canonicalProjection(assemble(batches, influence, areas));
  }

  /**
   * The part of a projection among `ids` that belongs to the `touched` people (a subset
   * of `ids`): their own rows, roles, stances and works, and every influence tie with an
   * end among them. Not in canonical order: it is merged into a kept projection
   * (rules/patch-projection.ts), which orders the whole.
   */
  async touchedProjection(touched: string[], ids: string[], asOf: string, area: string | null): Promise<PowerProjection> {
    const date = toNeo4jDate(asOf);
    const [batches, influenceBatches, areas] = await Promise.all([
      this.db.read(powerPeople, { ids: touched, asOf: date }),
      this.db.read(influenceTouching, { touched, ids, asOf: date, area }),
      this.db.read(powerAreas, {}),
    ]);
    return assemble(
      batches,
      influenceBatches.flatMap((batch) => batch.rows),
      areas,
    );
  }

  /** The graph version with the footprints of the last writes (modules/graph/rules/write-footprint.ts). */
  footprints(): Promise<{ version: number; footprints: string[] }> {
    return readWriteFootprints(this.db);
  }

}

/** A projection's lists from its statements' rows (not yet in canonical order). */
function assemble(batches: ReadonlyArray<z.infer<typeof peopleRow>>, influence: InfluenceTie[], areas: ReadonlyArray<z.infer<typeof areaRow>>): PowerProjection {
  // Influence domains hold an area's id: explanations name it.
  const areaNames = new Map((areas[0]?.areas ?? []).map((a) => [a.id, a.name]));
  for (const tie of influence) tie.domainName = tie.domain === null || tie.domain === undefined ? null : (areaNames.get(tie.domain) ?? null);
  return {
    people: batches.flatMap((batch) => batch.people),
    influence,
    roles: batches.flatMap((batch) => batch.roles),
    stances: batches.flatMap((batch) => batch.stances),
    works: batches.flatMap((batch) => batch.works.map(toParticipation)),
  };
}

function toParticipation(w: PositionalRow<typeof PARTICIPATION_COLUMNS>): Participation {
  return {
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
  };
}
