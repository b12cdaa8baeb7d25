// The rankings a user's watched scopes had when they last marked their inbox read.
// Params: $userId. Returns: scopeId, entries (each `personId rank score`).
MATCH (:User {id: $userId})-[w:WATCHES]->(n:Entity)
WHERE w.rankingAtRead IS NOT NULL
RETURN n.id AS scopeId, w.rankingAtRead AS entries
