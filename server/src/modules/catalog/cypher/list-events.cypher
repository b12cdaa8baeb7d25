// Events matching a filter, by date (ids only). Params: $kind, $from (Date), $to (Date),
// $territoryId, $areaId, $search (each null for any). Returns: id.
MATCH (e:Event)
WHERE ($kind IS NULL OR e.kind = $kind)
  AND ($from IS NULL OR e.date >= $from)
  AND ($to IS NULL OR e.date <= $to)
  AND ($search IS NULL OR toLower(e.name) CONTAINS toLower($search))
  AND ($territoryId IS NULL OR EXISTS { (e)-[:LOCATED_IN]->(:Territory {id: $territoryId}) })
  AND ($areaId IS NULL OR EXISTS { (e)-[:IN_AREA]->(:TherapeuticArea {id: $areaId}) })
RETURN e.id AS id
ORDER BY e.date, e.name, e.id
