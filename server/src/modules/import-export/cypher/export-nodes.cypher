// One page of nodes in id order. Params: $after (id, '' for the first page), $limit.
// Returns: id, type, props (all properties but id).
MATCH (n:Entity)
WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'][0] AS type, properties(n) AS props
