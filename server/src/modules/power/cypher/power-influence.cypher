// INFLUENCES ties among the people of a balance of power, valid at a date (read beside
// power-people.cypher, streamed in rows of up to 1,000 people; see repository.ts).
// Params: $ids [string]; $everyone (true when $ids is every person: no need to check the
// other end); $asOf (Date); $area (therapeutic area id or null: then only ties whose
// domain is that area's id or name count). Returns one row per 1,000 ids: rows, a list of
// [from, to, strength, basis, domain, since, until, confidence, source] with dates as
// strings (decoding maps and Date objects in the JavaScript driver cost more than the query).
OPTIONAL MATCH (area:TherapeuticArea {id: $area})
WITH area
UNWIND range(0, size($ids) - 1, 1000) AS first
CALL (first, area) {
  UNWIND $ids[first..first + 1000] AS id
  MATCH (a:Person {id: id})-[r:INFLUENCES]->(b:Person)
  WHERE ($everyone OR b.id IN $ids)
    AND (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)
    AND ($area IS NULL OR r.domain = $area OR r.domain = area.name)
  RETURN collect([a.id, b.id, toFloat(coalesce(r.strength, 0.5)), r.basis, r.domain,
                  toString(r.since), toString(r.until), toFloat(r.confidence), r.source]) AS rows
}
RETURN rows
