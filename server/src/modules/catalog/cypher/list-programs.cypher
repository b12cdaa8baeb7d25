// Programmes matching a filter, newest year first, then by name (ids only: the caller
// keeps those the viewer may see and loads a page). Params: $kind, $year, $territoryId,
// $productId, $search (each null for any). Returns: id.
MATCH (p:Program)
WHERE ($kind IS NULL OR p.kind = $kind)
  AND ($year IS NULL OR p.year = $year)
  AND ($search IS NULL OR toLower(p.name) CONTAINS toLower($search))
  AND ($territoryId IS NULL OR EXISTS { (p)-[:LOCATED_IN]->(:Territory {id: $territoryId}) })
  AND ($productId IS NULL OR EXISTS { (p)-[:INCLUDES]->(:Product {id: $productId}) })
RETURN p.id AS id
ORDER BY p.year DESC, p.name, p.id
