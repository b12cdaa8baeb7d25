// The works naming a contributor, newest first. Params: $id, $limit. Returns: workId, kind.
MATCH (c:Contributor {id: $id})-[:AUTHORED|INVESTIGATOR_IN|SPOKE_AT]->(w)
RETURN w.id AS workId, [l IN labels(w) WHERE l <> 'Entity'][0] AS kind
ORDER BY w.date DESC, w.id
LIMIT toInteger($limit)
