// Committee seats held as of a date. Params: $ids [string], $asOf (Date).
// Returns: personId, committee {id, name, kind}, role, since, until.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[m:MEMBER_OF]->(c:Committee)
WHERE (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until > $asOf)
RETURN p.id AS personId, {id: c.id, name: c.name, kind: c.kind, description: c.description} AS committee,
       coalesce(m.role, 'member') AS role, m.since AS since, m.until AS until
ORDER BY personId, since
