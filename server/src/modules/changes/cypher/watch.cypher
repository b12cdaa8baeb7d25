// A user starts watching a node (again: nothing changes). Watches are the user's own
// bookkeeping, not facts of the graph: they neither bump the graph version nor enter
// the change log. Params: $userId, $id, $today (Date). Returns: entityId, label, since.
MATCH (u:User {id: $userId}), (n:Entity {id: $id})
MERGE (u)-[w:WATCHES]->(n)
  ON CREATE SET w.since = $today, w.key = 'WATCHES|' + u.id + '|' + n.id + '|'
RETURN n.id AS entityId, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, w.since AS since
