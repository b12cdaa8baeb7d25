// Therapeutic areas of works. Params: $ids [string]. Returns: workId, areaId.
UNWIND $ids AS id
MATCH (w:Entity {id: id})-[:IN_AREA]->(a:TherapeuticArea)
RETURN w.id AS workId, a.id AS areaId
ORDER BY workId, areaId
