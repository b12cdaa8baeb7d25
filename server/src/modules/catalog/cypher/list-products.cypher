// Products matching a filter, by name (ids only). Params: $ours, $areaId, $search (each
// null for any). Returns: id.
MATCH (p:Product)
OPTIONAL MATCH (maker:Institution)-[:MAKES]->(p)
WITH p, head(collect(maker)) AS maker
WHERE ($ours IS NULL OR coalesce(p.ours, maker.ours, false) = $ours)
  AND ($search IS NULL OR toLower(p.name) CONTAINS toLower($search) OR toLower(coalesce(p.inn, '')) CONTAINS toLower($search))
  AND ($areaId IS NULL OR EXISTS { (p)-[:IN_AREA]->(:TherapeuticArea {id: $areaId}) })
RETURN p.id AS id
ORDER BY p.name, p.id
