// Deletes a node and its ties; the caller bumps the graph version in the same
// transaction. Params: $id. Returns: type.
MATCH (n:Entity {id: $id})
WITH n, [l IN labels(n) WHERE l <> 'Entity'][0] AS type
DETACH DELETE n
RETURN type
