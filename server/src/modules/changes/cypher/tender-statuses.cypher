// Tenders' status histories: the tenders given, and those in which some of the people
// given hold a decision-group role or draft. Each comes with its current decision group.
// Params: $ids [person id], $tenderIds [tender id].
// Returns: tenderId, history ([`YYYY-MM-DD status`]), peopleIds.
CALL () {
  UNWIND $tenderIds AS tid
  MATCH (t:Tender {id: tid})
  RETURN t
  UNION
  UNWIND $ids AS id
  MATCH (:Person {id: id})-[:ROLE_IN|DRAFTS]->(t:Tender)
  RETURN t
}
WITH DISTINCT t WHERE size(coalesce(t.statusHistory, [])) > 0
OPTIONAL MATCH (p:Person)-[:ROLE_IN]->(t)
RETURN t.id AS tenderId, t.statusHistory AS history, collect(DISTINCT p.id) AS peopleIds
