import type { Driver } from 'neo4j-driver';
import { DATABASE } from './database.js';

/**
 * Ways to check that "nothing else changed" without counting the whole database: other test
 * files write to the same database, so a whole-graph count holds only while no other file
 * writes. A test instead looks at what it owns (its unique id prefix) and checks that its own
 * marked strings turn up nowhere else.
 */

export interface Snapshot {
  /** One line per node, `id labels {properties}`, sorted. */
  nodes: string[];
  /** One line per tie touching those nodes, `from -TYPE-> to {properties}`, sorted. */
  ties: string[];
}

/** Everything stored on the nodes whose id starts with `prefix` and on every tie touching them. */
export async function snapshot(driver: Driver, prefix: string): Promise<Snapshot> {
  const nodes = await driver.executeQuery(
    'MATCH (n) WHERE n.id STARTS WITH $prefix RETURN n.id AS id, labels(n) AS labels, properties(n) AS props',
    { prefix },
    { database: DATABASE },
  );
  const ties = await driver.executeQuery(
    `MATCH (a)-[r]->(b) WHERE a.id STARTS WITH $prefix OR b.id STARTS WITH $prefix
     RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props`,
    { prefix },
    { database: DATABASE },
  );
  return {
    nodes: nodes.records.map((r) => `${r.get('id')} ${[...(r.get('labels') as string[])].sort().join(':')} ${stable(r.get('props'))}`).sort(),
    ties: ties.records.map((r) => `${r.get('from')} -${r.get('type')}-> ${r.get('to')} ${stable(r.get('props'))}`).sort(),
  };
}

/**
 * Nodes and ties that carry `marker` in a string property (or a list of strings) although
 * neither they nor, for a tie, an endpoint has an id starting with one of `own`. Audit
 * entries, the change log and the graph version's write footprints are left out: they
 * record the ids a write named, whatever they were.
 */
export async function strayMentions(driver: Driver, marker: string, own: string[]): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (n) WHERE NOT n:AuditEntry AND NOT n:ChangeEvent AND NOT n:GraphMeta AND NOT any(p IN $own WHERE coalesce(n.id, '') STARTS WITH p)
       AND any(k IN keys(n) WHERE any(v IN CASE WHEN valueType(n[k]) STARTS WITH 'LIST' THEN n[k] ELSE [n[k]] END WHERE v CONTAINS $marker))
     RETURN 'node ' + coalesce(n.id, elementId(n)) AS where
     UNION
     MATCH (a)-[r]->(b) WHERE NOT any(p IN $own WHERE coalesce(a.id, '') STARTS WITH p OR coalesce(b.id, '') STARTS WITH p)
       AND any(k IN keys(r) WHERE any(v IN CASE WHEN valueType(r[k]) STARTS WITH 'LIST' THEN r[k] ELSE [r[k]] END WHERE v CONTAINS $marker))
     RETURN 'tie ' + coalesce(a.id, elementId(a)) + ' -' + type(r) + '-> ' + coalesce(b.id, elementId(b)) AS where`,
    { marker, own },
    { database: DATABASE },
  );
  return records.map((r) => r.get('where') as string).sort();
}

/**
 * What no test writes through the app: nodes without an id (the app gives every node one; the
 * version counter, the change log every write leaves and the webhooks' cursor aside) and the schema's constraints and indexes.
 */
export async function untouchables(driver: Driver): Promise<string> {
  const idless = await driver.executeQuery(
    "MATCH (n) WHERE n.id IS NULL AND NOT n:GraphMeta AND NOT n:ChangeEvent AND NOT n:WebhookCursor WITH reduce(s = '', l IN labels(n) | s + ':' + l) AS labels RETURN labels, count(*) AS n ORDER BY labels",
    {},
    { database: DATABASE },
  );
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name', {}, { database: DATABASE });
  const indexes = await driver.executeQuery('SHOW INDEXES YIELD name RETURN name ORDER BY name', {}, { database: DATABASE });
  return JSON.stringify({
    idless: idless.records.map((r) => [r.get('labels'), r.get('n')]),
    constraints: constraints.records.map((r) => r.get('name')),
    indexes: indexes.records.map((r) => r.get('name')),
  });
}

/** JSON with sorted keys, temporal values as their ISO text. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    if (value.constructor !== Object) return JSON.stringify(String(value));
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
