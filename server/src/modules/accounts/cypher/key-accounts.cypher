// Accounts of a territory or institution with their sales per period, the people who work
// there, our best stage with them, and upcoming tenders they issue.
// Params: $scopeKind ('territory'|'institution'), $scopeId, $today (Date).
// Returns: id, name, kind, keyAccount, sales [{period, revenue, profit, newOpportunities}], peopleIds, stages, upcomingTenders.
CALL () {
  MATCH (t:Territory {id: $scopeId}) WHERE $scopeKind = 'territory'
  MATCH (i:Institution)-[:PART_OF*0..2]->(:Institution)-[:LOCATED_IN]->(t)
  RETURN DISTINCT i
  UNION
  MATCH (root:Institution {id: $scopeId}) WHERE $scopeKind = 'institution'
  MATCH (i:Institution)-[:PART_OF*0..2]->(root)
  RETURN DISTINCT i
}
MATCH (s:Sales)-[:FOR]->(i)
WITH i, collect({period: s.period, revenue: coalesce(s.revenue, 0), profit: coalesce(s.profit, 0), newOpportunities: coalesce(s.newOpportunities, 0)}) AS sales
CALL (i) {
  OPTIONAL MATCH (p:Person)-[w:WORKS_AT]->(:Institution)-[:PART_OF*0..2]->(i)
  WHERE w.until IS NULL OR w.until > $today
  OPTIONAL MATCH (:User)-[r:RELATES]->(p) WHERE r.until IS NULL
  RETURN collect(DISTINCT p.id) AS peopleIds, collect(r.stage) AS stages
}
CALL (i) {
  OPTIONAL MATCH (i)-[:ISSUES]->(t:Tender) WHERE t.date >= $today
  RETURN count(t) AS upcomingTenders
}
RETURN i.id AS id, i.name AS name, i.kind AS kind, coalesce(i.keyAccount, false) AS keyAccount, sales, peopleIds, stages, upcomingTenders
