import neo4j from 'neo4j-driver';
import type { FormalRole, InfluenceTie, PathEdge, PowerProjection, ProjectedPerson, StanceTie } from './rules/types.js';
import { cypherFile, type CypherQuery } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { toNeo4jDate } from '../../kernel/database/plain.js';
import { RELATIONSHIP_STAGES } from '../graph/model.js';

export type ScopeKind = 'territory' | 'institution' | 'committee' | 'tender';

type ScopeParams = { scopeId: string; asOf: unknown };
const scopePeople: Record<ScopeKind, CypherQuery<ScopeParams, { id: string }>> = {
  territory: cypherFile('queries/analytics/scope-people-territory.cypher'),
  institution: cypherFile('queries/analytics/scope-people-institution.cypher'),
  committee: cypherFile('queries/analytics/scope-people-committee.cypher'),
  tender: cypherFile('queries/analytics/scope-people-tender.cypher'),
};
const scopeExists = cypherFile<{ scopeId: string }, { id: string; type: string; name: string }>('queries/analytics/scope-exists.cypher');
// Rows as positional lists (see the query's header for why and for the positions).
type Str = string | null;
const powerProjection = cypherFile<
  { ids: string[]; asOf: unknown; area: string | null },
  {
    people: Array<[string, string, boolean]>;
    influence: Array<[string, string, number, Str, Str, Str, Str]>;
    roles: Array<[string, FormalRole['kind'], string, string, string, boolean, Str, Str]>;
    stances: Array<[string, number, boolean]>;
  }
>('queries/analytics/power-projection.cypher');
const tenderDrafters = cypherFile<{ tenderId: string; asOf: unknown }, { personId: string; via: string; role: string; atName: string }>(
  'queries/analytics/tender-drafters.cypher',
);
const influencersOf = cypherFile<{ ids: string[]; asOf: unknown }, { from: string; to: string; strength: number }>(
  'queries/analytics/influencers-of.cypher',
);
const contactTiesOf = cypherFile<
  { ids: string[]; asOf: unknown; smallWorkplace: unknown },
  { from: string; to: string; type: string; strength: number | null; stage: string | null; toOptedOut: boolean; toIsUser: boolean }
>('queries/analytics/contact-ties-of.cypher');
export interface GraphViewNodeRow { id: string; label: string; name: string; kind: string | null; category: string | null; optedOut: boolean; ours: boolean; competitor: boolean }
export interface GraphViewEdgeRow { from: string; to: string; type: string; key: Str; strength: number | null; role: Str; basis: Str; domain: Str; since: Str; until: Str; source: Str; confidence: number | null }
// Positional rows (see the query's header).
const graphView = cypherFile<
  { ids: string[]; asOf: unknown; tieTypes: string[]; minStrength: number },
  {
    nodes: Array<[string, string, string, Str, Str, boolean, boolean, boolean]>;
    edges: Array<[string, string, string, Str, number | null, Str, Str, Str, Str, Str, Str, number | null]>;
  }
>('queries/analytics/graph-view.cypher');
const findEntities = cypherFile<{ ids: string[] }, { id: string; type: string }>('queries/graph/find-entities.cypher');
const decisionGroup = cypherFile<
  { tenderId: string; asOf: unknown },
  { personId: string; role: string; relations: Array<{ userId: string; stage: string }>; owners: string[] }
>('queries/analytics/decision-group.cypher');

/** A user's relationship stage, as a tie strength for introduction paths. */
export const STAGE_STRENGTH: Record<string, number> = {
  unknown: 0,
  introduced: 0.3,
  acquainted: 0.5,
  loyal: 0.8,
  advocate: 0.95,
};
/** Colleagues count as a tie only at workplaces this small (a department, an outlet). */
export const SMALL_WORKPLACE = 30;

export interface ContactGraph {
  edges: PathEdge[];
  optedOut: Set<string>;
  users: Set<string>;
}

/** Reads the projections the analytics need; every method is a fixed number of round trips. */
export class AnalyticsRepository {
  constructor(private readonly db: DbClient) {}

  async scope(scopeId: string): Promise<{ id: string; type: string; name: string } | null> {
    return (await this.db.read(scopeExists, { scopeId }))[0] ?? null;
  }

  /** id -> label for the ids that exist. */
  async entityTypes(ids: string[]): Promise<Map<string, string>> {
    const rows = await this.db.read(findEntities, { ids });
    return new Map(rows.map((r) => [r.id, r.type]));
  }

  async peopleInScope(kind: ScopeKind, scopeId: string, asOf: string): Promise<string[]> {
    const rows = await this.db.read(scopePeople[kind], { scopeId, asOf: toNeo4jDate(asOf) });
    return rows.map((r) => r.id);
  }

  async powerProjection(ids: string[], asOf: string, area: string | null): Promise<PowerProjection> {
    const [row] = await this.db.read(powerProjection, { ids, asOf: toNeo4jDate(asOf), area });
    if (!row) return { people: [], influence: [], roles: [], stances: [] };
    return {
      people: row.people.map(([id, name, optedOut]): ProjectedPerson => ({ id, name, optedOut })),
      influence: row.influence.map(
        ([from, to, strength, basis, domain, since, until]): InfluenceTie => ({ from, to, strength, basis, domain, since, until }),
      ),
      roles: row.roles.map(
        ([personId, kind, role, atId, atName, head, since, until]): FormalRole => ({ personId, kind, role, atId, atName, head, since, until }),
      ),
      stances: row.stances.map(([personId, value, towardOurs]): StanceTie => ({ personId, value, towardOurs })),
    };
  }

  drafters(tenderId: string, asOf: string) {
    return this.db.read(tenderDrafters, { tenderId, asOf: toNeo4jDate(asOf) });
  }

  /** INFLUENCES ties reaching the targets within maxHops, fetched one hop per round trip. */
  async influenceBall(targets: string[], asOf: string, maxHops: number, without: Set<string>): Promise<PathEdge[]> {
    const edges: PathEdge[] = [];
    const seen = new Set(targets);
    let frontier = targets.filter((id) => !without.has(id));
    for (let hop = 0; hop < maxHops && frontier.length > 0; hop += 1) {
      const rows = await this.db.read(influencersOf, { ids: frontier, asOf: toNeo4jDate(asOf) });
      const next: string[] = [];
      for (const row of rows) {
        if (without.has(row.from)) continue;
        edges.push({ from: row.from, to: row.to, strength: row.strength, type: 'INFLUENCES' });
        if (!seen.has(row.from)) {
          seen.add(row.from);
          next.push(row.from);
        }
      }
      frontier = next;
    }
    return edges;
  }

  /**
   * The contact ties within `hops` of some people or users. Introduction paths expand
   * from both ends (half the hop budget each), so every path within maxHops is inside.
   */
  async contactBall(starts: string[], asOf: string, hops: number): Promise<ContactGraph> {
    const edges: PathEdge[] = [];
    const optedOut = new Set<string>();
    const users = new Set<string>();
    const seen = new Set(starts);
    let frontier = [...starts];
    for (let hop = 0; hop < hops && frontier.length > 0; hop += 1) {
      const rows = await this.db.read(contactTiesOf, {
        ids: frontier,
        asOf: toNeo4jDate(asOf),
        smallWorkplace: neo4j.int(SMALL_WORKPLACE),
      });
      const next: string[] = [];
      for (const row of rows) {
        const strength = row.type === 'RELATES' ? (STAGE_STRENGTH[row.stage ?? 'unknown'] ?? 0) : (row.strength ?? 0.5);
        if (strength <= 0) continue;
        edges.push({ from: row.from, to: row.to, strength, type: row.type });
        if (row.toOptedOut) optedOut.add(row.to);
        if (row.toIsUser) users.add(row.to);
        if (!seen.has(row.to)) {
          seen.add(row.to);
          next.push(row.to);
        }
      }
      frontier = next;
    }
    return { edges, optedOut, users };
  }

  async graphView(ids: string[], asOf: string, tieTypes: string[], minStrength: number): Promise<{ nodes: GraphViewNodeRow[]; edges: GraphViewEdgeRow[] }> {
    const [row] = await this.db.read(graphView, { ids, asOf: toNeo4jDate(asOf), tieTypes, minStrength });
    if (!row) return { nodes: [], edges: [] };
    return {
      nodes: row.nodes.map(([id, label, name, kind, category, optedOut, ours, competitor]) => ({ id, label, name, kind, category, optedOut, ours, competitor })),
      edges: row.edges.map(([from, to, type, key, strength, role, basis, domain, since, until, source, confidence]) => ({
        from, to, type, key, strength, role, basis, domain, since, until, source, confidence,
      })),
    };
  }

  decisionGroup(tenderId: string, asOf: string) {
    return this.db.read(decisionGroup, { tenderId, asOf: toNeo4jDate(asOf) });
  }
}

/** The better of two stages in RELATIONSHIP_STAGES order. */
export function bestStage(stages: Array<string | null | undefined>): string {
  let best = 0;
  for (const stage of stages) best = Math.max(best, RELATIONSHIP_STAGES.indexOf((stage ?? 'unknown') as never));
  return RELATIONSHIP_STAGES[best] ?? 'unknown';
}
