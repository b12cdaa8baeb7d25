// What a user watches, newest first, and when they last read their inbox.
// Params: $userId. Returns: one row: watches [{entityId, label, since}], readOn, readVersion.
MATCH (u:User {id: $userId})
OPTIONAL MATCH (u)-[w:WATCHES]->(n:Entity)
WITH u, w, n ORDER BY w.since DESC, n.id
RETURN [x IN collect(CASE WHEN n IS NULL THEN null ELSE {entityId: n.id, label: [l IN labels(n) WHERE l <> 'Entity'][0], since: coalesce(w.since, date('1970-01-01'))} END) WHERE x IS NOT NULL] AS watches,
       u.inboxReadOn AS readOn, u.inboxReadVersion AS readVersion
