// Relationship stages over time for many people. Params: $ids [string].
// Returns: personId, userId, stage, since, until.
UNWIND $ids AS id
MATCH (u:User)-[r:RELATES]->(p:Person {id: id})
RETURN p.id AS personId, u.id AS userId, r.stage AS stage, r.since AS since, r.until AS until
ORDER BY personId, since
