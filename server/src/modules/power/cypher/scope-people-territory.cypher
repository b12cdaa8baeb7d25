// People of a territory as of a date: LOCATED_IN it directly, or through the institution
// (or the institution it is part of) they work at.
// Params: $scopeId, $asOf (Date). Returns: id.
MATCH (t:Territory {id: $scopeId})
CALL (t) {
  MATCH (p:Person)-[r:LOCATED_IN]->(t)
  WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)
  RETURN p
  UNION
  MATCH (p:Person)-[w:WORKS_AT]->(:Institution)-[:PART_OF*0..2]->(:Institution)-[r:LOCATED_IN]->(t)
  WHERE (w.since IS NULL OR w.since <= $asOf) AND (w.until IS NULL OR w.until > $asOf)
    AND (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)
  RETURN p
}
RETURN DISTINCT p.id AS id
