// The territory something lies in (a tender through LOCATED_IN or its issuer).
// Params: $id. Returns: territoryId.
MATCH (x:Entity {id: $id})
MATCH (x)-[:LOCATED_IN|ISSUES|PART_OF*1..3]-(t:Territory)
RETURN t.id AS territoryId
LIMIT 1
