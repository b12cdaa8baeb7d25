import neo4j from 'neo4j-driver';

/**
 * Driver values -> plain JSON-able values. Repositories call this so that no Integer,
 * temporal or Node object leaks past the data layer.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) {
    return toPlain((value as { properties: Record<string, unknown> }).properties);
  }
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) out[key] = toPlain(inner);
  return out;
}

/** ISO `YYYY-MM-DD` -> Neo4j Date parameter. */
export function toNeo4jDate(iso: string): InstanceType<typeof neo4j.types.Date> {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(y, m, d);
}

/** A whole number as a Neo4j Integer parameter (LIMIT and integer properties reject floats). */
export function toNeo4jInteger(value: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(value);
}
