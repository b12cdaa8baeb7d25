// Who a work names: people (matched) and names awaiting review, authors by position.
// Params: $ids [string] (work ids). Returns: workId, personId (null for a name awaiting
// review), name, position, last, role, overall, site, city, matchScore.
UNWIND $ids AS id
MATCH (w:Entity {id: id})<-[r:AUTHORED|INVESTIGATOR_IN|SPOKE_AT]-(who)
WHERE who:Person OR who:Contributor
RETURN w.id AS workId, CASE WHEN who:Person THEN who.id END AS personId,
       coalesce(r.written, who.name) AS name, r.position AS position, r.last AS last, r.role AS role,
       r.overall AS overall, r.site AS site, r.city AS city, toFloat(r.matchScore) AS matchScore
ORDER BY workId, coalesce(r.position, 0), coalesce(r.overall, false) DESC, name
