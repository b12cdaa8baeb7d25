// Who drafts a tender's specification, as of a date: people with DRAFTS to it, members of
// a committee that DRAFTS it (with their committee role), and its specification_author roles.
// Params: $tenderId, $asOf (Date). Returns: personId, via ('author'|'committee'|'decision_group'), role, atName.
MATCH (t:Tender {id: $tenderId})
CALL (t) {
  MATCH (p:Person)-[d:DRAFTS]->(t)
  WHERE (d.since IS NULL OR d.since <= $asOf) AND (d.until IS NULL OR d.until > $asOf)
  RETURN p.id AS personId, 'author' AS via, 'author' AS role, t.name AS atName
  UNION
  MATCH (p:Person)-[m:MEMBER_OF]->(c:Committee)-[d:DRAFTS]->(t)
  WHERE (d.since IS NULL OR d.since <= $asOf) AND (d.until IS NULL OR d.until > $asOf)
    AND (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until > $asOf)
  RETURN p.id AS personId, 'committee' AS via, coalesce(m.role, 'member') AS role, c.name AS atName
  UNION
  MATCH (p:Person)-[r:ROLE_IN {role: 'specification_author'}]->(t)
  WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)
  RETURN p.id AS personId, 'decision_group' AS via, 'specification_author' AS role, t.name AS atName
}
RETURN personId, via, role, atName
