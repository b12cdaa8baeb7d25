// Institutions matching a filter, by name (ids only: the caller keeps those the viewer
// may see and loads a page). Params: $kind, $territoryId (located there, directly or
// through a parent), $search, $ours, $competitor (each null for any). Returns: id.
MATCH (i:Institution)
WHERE ($kind IS NULL OR i.kind = $kind)
  AND ($ours IS NULL OR coalesce(i.ours, false) = $ours)
  AND ($competitor IS NULL OR coalesce(i.competitor, false) = $competitor)
  AND ($search IS NULL OR toLower(i.name) CONTAINS toLower($search))
  AND ($territoryId IS NULL OR EXISTS { (i)-[:PART_OF*0..2]->(:Institution)-[:LOCATED_IN]->(:Territory {id: $territoryId}) }
       OR EXISTS { (i)-[:LOCATED_IN]->(:Territory {id: $territoryId}) })
RETURN i.id AS id
ORDER BY i.name, i.id
