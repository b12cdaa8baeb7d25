// What makes a person a key client besides their power: sales booked FOR them in a period,
// and the opportunities they open (upcoming tenders in whose decision group they sit,
// committee seats they hold today, events they speak at within a year), and our best
// stage with them today. Params: $ids [string], $period (or null: every period), $today (Date).
// Returns: id, revenue, profit, upcomingTenders, seats, talks, stages.
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  OPTIONAL MATCH (s:Sales)-[:FOR]->(p) WHERE $period IS NULL OR s.period = $period
  RETURN toFloat(coalesce(sum(s.revenue), 0)) AS revenue, toFloat(coalesce(sum(s.profit), 0)) AS profit
}
CALL (p) {
  OPTIONAL MATCH (p)-[r:ROLE_IN]->(t:Tender)
  WHERE t.date >= $today AND (r.until IS NULL OR r.until > $today)
  RETURN count(DISTINCT t) AS upcomingTenders
}
CALL (p) {
  OPTIONAL MATCH (p)-[m:MEMBER_OF]->(:Committee)
  WHERE (m.since IS NULL OR m.since <= $today) AND (m.until IS NULL OR m.until > $today)
  RETURN count(m) AS seats
}
CALL (p) {
  OPTIONAL MATCH (p)-[:SPOKE_AT]->(e:Event)
  WHERE e.date >= $today AND e.date <= $today + duration({years: 1})
  RETURN count(DISTINCT e) AS talks
}
CALL (p) {
  OPTIONAL MATCH (:User)-[r:RELATES]->(p)
  WHERE (r.since IS NULL OR r.since <= $today) AND (r.until IS NULL OR r.until > $today)
  RETURN collect(r.stage) AS stages
}
RETURN p.id AS id, revenue, profit, upcomingTenders, seats, talks, stages
