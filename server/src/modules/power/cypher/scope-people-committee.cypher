// Members of a committee whose term covers the date.
// Params: $scopeId, $asOf (Date). Returns: id.
MATCH (c:Committee {id: $scopeId})<-[m:MEMBER_OF]-(p:Person)
WHERE (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until > $asOf)
RETURN DISTINCT p.id AS id
