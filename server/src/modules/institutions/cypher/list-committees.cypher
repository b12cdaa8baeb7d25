// Committees matching a filter, by name (ids only). Params: $kind, $institutionId (part of
// it), $territoryId (located there through its institution), $search (each null for any).
// Returns: id.
MATCH (c:Committee)
WHERE ($kind IS NULL OR c.kind = $kind)
  AND ($search IS NULL OR toLower(c.name) CONTAINS toLower($search))
  AND ($institutionId IS NULL OR EXISTS { (c)-[:PART_OF]->(:Institution {id: $institutionId}) })
  AND ($territoryId IS NULL OR EXISTS { (c)-[:PART_OF*0..3]->(:Entity)-[:LOCATED_IN]->(:Territory {id: $territoryId}) })
RETURN c.id AS id
ORDER BY c.name, c.id
