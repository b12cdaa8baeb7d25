// Head counts of some territories as of a date.
// Params: $ids [string] (territory ids), $asOf (Date).
// Returns one row per found territory: id, peopleCount, institutionCount.
UNWIND $ids AS id
MATCH (t:Territory {id: id})
CALL (t) {
  OPTIONAL MATCH (i:Institution)-[r:LOCATED_IN]->(t)
  WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)
  RETURN count(DISTINCT i) AS institutionCount
}
CALL (t) {
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
  RETURN count(DISTINCT p) AS peopleCount
}
RETURN t.id AS id, peopleCount, institutionCount
