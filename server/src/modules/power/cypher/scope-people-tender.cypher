// People around a tender as of a date: its decision group, people who draft it, and
// members of a committee that drafts it. Params: $scopeId, $asOf (Date). Returns: id.
MATCH (t:Tender {id: $scopeId})
CALL (t) {
  MATCH (p:Person)-[r:ROLE_IN|DRAFTS]->(t)
  WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)
  RETURN p
  UNION
  MATCH (p:Person)-[m:MEMBER_OF]->(:Committee)-[d:DRAFTS]->(t)
  WHERE (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until > $asOf)
    AND (d.since IS NULL OR d.since <= $asOf) AND (d.until IS NULL OR d.until > $asOf)
  RETURN p
}
RETURN DISTINCT p.id AS id
