// A user stops watching a node. Params: $userId, $id.
// Returns: entityId, label, since (of the watch removed; no row when there was none).
MATCH (:User {id: $userId})-[w:WATCHES]->(n:Entity {id: $id})
WITH n, w, w.since AS since
DELETE w
RETURN n.id AS entityId, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, since
