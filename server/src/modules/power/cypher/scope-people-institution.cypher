// People working at an institution or any of its parts (departments, outlets) as of a date.
// Params: $scopeId, $asOf (Date). Returns: id.
MATCH (i:Institution {id: $scopeId})
MATCH (p:Person)-[w:WORKS_AT]->(:Institution)-[:PART_OF*0..2]->(i)
WHERE (w.since IS NULL OR w.since <= $asOf) AND (w.until IS NULL OR w.until > $asOf)
RETURN DISTINCT p.id AS id
