// A tender's decision group as of a date, with our relationships to each member.
// Params: $tenderId, $asOf (Date). Returns: personId, role, relations [{userId, stage}], owners [userId].
MATCH (t:Tender {id: $tenderId})<-[r:ROLE_IN]-(p:Person)
WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)
CALL (p) {
  OPTIONAL MATCH (u:User)-[s:RELATES]->(p)
  WHERE (s.since IS NULL OR s.since <= $asOf) AND (s.until IS NULL OR s.until > $asOf)
  RETURN collect(CASE WHEN u IS NULL THEN null ELSE {userId: u.id, stage: s.stage} END) AS relations
}
CALL (p) {
  OPTIONAL MATCH (o:User)-[:OWNS]->(p)
  RETURN collect(o.id) AS owners
}
RETURN p.id AS personId, r.role AS role, relations, owners
ORDER BY role, personId
