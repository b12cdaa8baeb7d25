// Records consent and the opt-out from contact. Params: $personId, $consent, $optedOut (null keeps).
// Returns: id.
MATCH (p:Person {id: $personId})
SET p.consent = coalesce($consent, p.consent), p.optedOut = coalesce($optedOut, p.optedOut)
WITH p
MERGE (m:GraphMeta {key: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.updatedAt = datetime()
RETURN p.id AS id
