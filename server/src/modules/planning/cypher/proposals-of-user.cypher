// Proposals a user (or every user, when null) sent that are still valid on $today, with
// whether they were confirmed or followed up: an expired offer needs no follow-up call.
// Params: $userId or null, $today (Date). Returns: id, name, date, confirmedOn, followedUp,
// people (the names of the people it went to, read now: interactions are not named after
// people, so an erased person is never quoted).
MATCH (u:User)-[:PARTICIPATED_IN]->(i:Interaction {kind: 'proposal'})
WHERE ($userId IS NULL OR u.id = $userId) AND (i.validUntil IS NULL OR i.validUntil >= $today)
WITH DISTINCT i
RETURN i.id AS id, i.name AS name, i.date AS date, i.confirmedOn AS confirmedOn,
       EXISTS { (:Interaction)-[:FOLLOWS_UP]->(i) } AS followedUp,
       COLLECT { MATCH (p:Person)-[:PARTICIPATED_IN]->(i) RETURN p.name ORDER BY p.name } AS people
ORDER BY date
