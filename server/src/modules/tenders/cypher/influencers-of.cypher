// One hop of INFLUENCES ties pointing at a frontier of people (spec shapers expand hop by
// hop, so round trips grow with maxHops, never with rows).
// Params: $ids [string], $asOf (Date). Returns: from, to, strength, confidence.
UNWIND $ids AS id
MATCH (b:Person {id: id})<-[r:INFLUENCES]-(a:Person)
WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)
RETURN a.id AS from, b.id AS to, coalesce(r.strength, 0.5) AS strength, r.confidence AS confidence
