// A user's decision on a name: 'merged' or 'created' (with the person) moves the name's
// ties to works onto the person (their match then counts 1) and, with $orcid, gives the
// person the name's ORCID iD when they have none; 'ignored' leaves the ties where they are.
// Params: $id, $status, $personId (or null), $by, $on (Date), $reason, $orcid (boolean).
// Returns: moved (ties moved to the person).
MATCH (c:Contributor {id: $id})
SET c.status = $status, c.personId = $personId, c.decidedBy = $by, c.decidedOn = $on, c.reason = $reason
WITH c
OPTIONAL MATCH (p:Person {id: $personId})
FOREACH (_ IN CASE WHEN p IS NOT NULL AND $orcid AND c.orcid IS NOT NULL AND p.orcid IS NULL THEN [1] ELSE [] END | SET p.orcid = c.orcid)
WITH c, p
CALL (c, p) {
  WITH c, p WHERE p IS NOT NULL
  MATCH (c)-[r:AUTHORED|INVESTIGATOR_IN|SPOKE_AT]->(w)
  WITH p, r, w, type(r) AS kind, properties(r) AS props
  MERGE (p)-[moved:$(kind) {key: kind + '|' + p.id + '|' + w.id + '|'}]->(w)
  SET moved += props, moved.key = kind + '|' + p.id + '|' + w.id + '|', moved.matchScore = 1.0
  DELETE r
  RETURN count(moved) AS moved
}
RETURN moved
