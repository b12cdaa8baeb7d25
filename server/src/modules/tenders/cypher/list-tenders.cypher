// Tenders soonest first, optionally those located in a territory or issued by an institution
// located there. Params: $territoryId (or null), $limit (int). Returns: id.
MATCH (t:Tender)
WHERE $territoryId IS NULL
   OR EXISTS { (t)-[:LOCATED_IN]->(:Territory {id: $territoryId}) }
   OR EXISTS { (t)<-[:ISSUES]-(:Institution)-[:PART_OF*0..2]->(:Institution)-[:LOCATED_IN]->(:Territory {id: $territoryId}) }
RETURN t.id AS id
ORDER BY t.date, t.id
LIMIT $limit
