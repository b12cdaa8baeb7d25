// Deletes one tie by key and bumps the graph version. Params: $from, $to, $key. Returns: removed.
OPTIONAL MATCH (a:Entity {id: $from})-[r {key: $key}]->(b:Entity {id: $to})
WITH collect(r) AS found
FOREACH (r IN found | DELETE r)
WITH size(found) AS removed
CALL (removed) {
  WITH removed WHERE removed > 0
  MERGE (m:GraphMeta {key: 'graph'})
  SET m.version = coalesce(m.version, 0) + 1, m.updatedAt = datetime()
}
RETURN removed
