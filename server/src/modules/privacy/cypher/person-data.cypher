// Everything held on one person, for a data subject's request. Params: $personId.
// Returns: person, dossier, ties [{direction, type, otherId, otherName, props}], interactions, audit.
MATCH (p:Person {id: $personId})
OPTIONAL MATCH (p)-[:HAS_DOSSIER]->(d:Dossier)
WITH p, head(collect(properties(d))) AS dossier
CALL (p) {
  OPTIONAL MATCH (p)-[r]-(other)
  WHERE NOT other:Dossier
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {direction: CASE WHEN startNode(r) = p THEN 'out' ELSE 'in' END,
                 type: type(r), otherId: other.id, otherName: other.name, props: properties(r)} END) AS ties
}
CALL (p) {
  OPTIONAL MATCH (p)-[:PARTICIPATED_IN]->(i:Interaction)
  RETURN collect(properties(i)) AS interactions
}
CALL (p) {
  OPTIONAL MATCH (a:AuditEntry {targetId: p.id})
  RETURN collect({at: toString(a.at), userId: a.userId, action: a.action}) AS audit
}
RETURN properties(p) AS person, dossier, ties, interactions, audit
