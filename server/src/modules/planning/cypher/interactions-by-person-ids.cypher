// The latest interactions of many people. Params: $ids [string], $limit (int).
// Returns: personId, interactionIds (newest first).
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  MATCH (p)-[:PARTICIPATED_IN]->(i:Interaction)
  RETURN i ORDER BY i.date DESC, i.id DESC LIMIT $limit
}
RETURN p.id AS personId, collect(i.id) AS interactionIds
