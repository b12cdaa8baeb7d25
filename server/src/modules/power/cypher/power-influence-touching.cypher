// INFLUENCES ties with at least one end among $touched and both ends among $ids, valid at
// a date: the ties of the people a write touched, to patch a kept projection (projection-
// memo.ts) instead of reading power-influence.cypher's every tie again.
// Params: $touched [string] (a subset of $ids), $ids [string], $asOf (Date), $area
// (therapeutic area id or null, as in power-influence.cypher). Returns one row: rows, a
// list of [from, to, strength, basis, domain, since, until, confidence, source] (the
// columns of power-influence.cypher), each tie once.
OPTIONAL MATCH (area:TherapeuticArea {id: $area})
WITH area
UNWIND $touched AS id
MATCH (:Person {id: id})-[r:INFLUENCES]-(:Person)
WITH DISTINCT r, area
WITH r, area, startNode(r) AS a, endNode(r) AS b
WHERE a.id IN $ids AND b.id IN $ids
  AND (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)
  AND ($area IS NULL OR r.domain = $area OR r.domain = area.name)
RETURN collect([a.id, b.id, toFloat(coalesce(r.strength, 0.5)), r.basis, r.domain,
                toString(r.since), toString(r.until), toFloat(r.confidence), r.source]) AS rows
