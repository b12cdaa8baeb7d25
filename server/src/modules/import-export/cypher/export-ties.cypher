// The outgoing ties of a page of nodes (ids from export-nodes). Params: $ids [string].
// Returns: from, to, type, props (all properties; the importer recomputes `key`).
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
RETURN a.id AS from, b.id AS to, type(r) AS type, properties(r) AS props
ORDER BY from, type, to
