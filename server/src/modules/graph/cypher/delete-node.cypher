// Deletes a node and its ties; bumps the graph version. Params: $id. Returns: type.
MATCH (n:Entity {id: $id})
WITH n, [l IN labels(n) WHERE l <> 'Entity'][0] AS type
DETACH DELETE n
WITH type
MERGE (m:GraphMeta {key: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.updatedAt = datetime()
RETURN type
