// Where a person can be met or matters soon: upcoming events, committee seats, tenders.
// Params: $personId, $today (Date). Returns: kind, id, name, date, role.
MATCH (p:Person {id: $personId})
CALL (p) {
  MATCH (p)-[r:ATTENDED|SPOKE_AT]->(e:Event) WHERE e.date >= $today
  RETURN 'event' AS kind, e.id AS id, e.name AS name, e.date AS date, type(r) AS role
  UNION
  MATCH (p)-[m:MEMBER_OF]->(c:Committee)
  WHERE (m.since IS NULL OR m.since <= $today) AND (m.until IS NULL OR m.until > $today)
  RETURN 'committee' AS kind, c.id AS id, c.name AS name, m.until AS date, coalesce(m.role, 'member') AS role
  UNION
  MATCH (p)-[r:ROLE_IN|DRAFTS]->(t:Tender) WHERE t.date >= $today
  RETURN 'tender' AS kind, t.id AS id, t.name AS name, t.date AS date, coalesce(r.role, 'drafter') AS role
}
RETURN kind, id, name, date, role
ORDER BY date
