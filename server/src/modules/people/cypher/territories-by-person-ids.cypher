// Territories of many people at once, directly or through their workplace.
// Params: $ids [string], $asOf (Date). Returns: personId, territoryIds [string].
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  MATCH (p)-[r:LOCATED_IN]->(t:Territory)
  WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)
  RETURN t
  UNION
  MATCH (p)-[w:WORKS_AT]->(:Institution)-[:PART_OF*0..2]->(:Institution)-[r:LOCATED_IN]->(t:Territory)
  WHERE (w.since IS NULL OR w.since <= $asOf) AND (w.until IS NULL OR w.until > $asOf)
    AND (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)
  RETURN t
}
RETURN p.id AS personId, collect(DISTINCT t.id) AS territoryIds
