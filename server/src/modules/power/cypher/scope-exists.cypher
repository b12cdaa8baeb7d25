// Whether the scope node exists, and its name. Params: $scopeId. Returns: id, type, name.
MATCH (n:Entity {id: $scopeId})
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS type, n.name AS name
