// Ties named by the change log (their keys, `type|from|to|since`, with the ends split out
// so that the lookup starts from indexed ids). Same rows as tie-facts-of-people.cypher.
// Params: $ties [{key, from, to}], $types [tie type].
UNWIND $ties AS t
MATCH (a:Entity {id: t.from})-[r]->(b:Entity {id: t.to})
WHERE r.key = t.key AND type(r) IN $types
WITH DISTINCT r, a, b
CALL (r, a, b) {
  OPTIONAL MATCH (a)-[o]->(b)
  WHERE type(r) IN ['STANCE', 'RELATES'] AND type(o) = type(r) AND o.key <> r.key
    AND o.until IS NOT NULL AND o.until <= coalesce(r.since, date('9999-12-31'))
  WITH o ORDER BY o.until DESC LIMIT 1
  RETURN CASE WHEN o IS NULL THEN null ELSE {value: o.value, stage: o.stage} END AS previous
}
RETURN r.key AS key, type(r) AS type, a.id AS from, b.id AS to,
       [l IN labels(a) WHERE l <> 'Entity'][0] AS fromLabel, [l IN labels(b) WHERE l <> 'Entity'][0] AS toLabel,
       r.since AS since, r.until AS until, r.strength AS strength, r.confidence AS confidence, r.source AS source,
       r.role AS role, r.position AS position, coalesce(r.head, false) AS head, r.basis AS basis,
       r.value AS value, r.stage AS stage, previous,
       type(r) IN ['STANCE', 'RELATES'] AND r.until IS NOT NULL
         AND EXISTS { (a)-[n]->(b) WHERE type(n) = type(r) AND n.since = r.until } AS replaced
