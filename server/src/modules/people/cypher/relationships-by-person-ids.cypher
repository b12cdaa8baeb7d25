// Our users' relationship stage with each person, and who owns them, as of a date.
// Params: $ids [string], $asOf (Date).
// Returns: personId, userId, stage, since (of the stage), criteria (as stored), owns.
UNWIND $ids AS id
MATCH (p:Person {id: id})<-[r:RELATES|OWNS]-(u:User)
WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)
WITH p, u, collect(r) AS rels
WITH p, u, rels, head([r IN rels WHERE type(r) = 'RELATES']) AS relates
RETURN p.id AS personId, u.id AS userId, relates.stage AS stage, relates.since AS since,
       coalesce(relates.criteria, []) AS criteria,
       any(r IN rels WHERE type(r) = 'OWNS') AS owns
