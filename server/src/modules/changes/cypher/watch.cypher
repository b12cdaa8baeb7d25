// A user starts watching a node (again: nothing changes). Watches are the user's own
// bookkeeping, not facts of the graph: they neither bump the graph version nor enter
// the change log. Params: $userId, $id, $today (Date), $key (the tie key with today as
// since, as the importer computes it, so export then import finds this watch again).
// Returns: entityId, label, since.
MATCH (u:User {id: $userId}), (n:Entity {id: $id})
MERGE (u)-[w:WATCHES]->(n)
  ON CREATE SET w.since = $today, w.key = $key
RETURN n.id AS entityId, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, w.since AS since
