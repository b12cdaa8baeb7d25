// Which of these ids exist, and as what. Params: $ids [string]. Returns: id, type.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'][0] AS type
