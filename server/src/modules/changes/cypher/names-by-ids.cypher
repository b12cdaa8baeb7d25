// Names and labels of nodes, for sentences. Params: $ids. Returns: id, name, label.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, coalesce(n.name, n.id) AS name, [l IN labels(n) WHERE l <> 'Entity'][0] AS label
