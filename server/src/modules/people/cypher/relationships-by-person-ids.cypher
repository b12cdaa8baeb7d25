// Our users' relationship stage with each person, and who owns them, as of a date.
// Params: $ids [string], $asOf (Date). Returns: personId, userId, stage, owns.
UNWIND $ids AS id
MATCH (p:Person {id: id})<-[r:RELATES|OWNS]-(u:User)
WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)
WITH p, u, collect(r) AS rels
RETURN p.id AS personId, u.id AS userId,
       head([r IN rels WHERE type(r) = 'RELATES' | r.stage]) AS stage,
       any(r IN rels WHERE type(r) = 'OWNS') AS owns
