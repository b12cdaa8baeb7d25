// The signed-in user with the territories they may see: their own (LOCATED_IN) and, for a
// manager, those of the users who report to them (up to three levels).
// Also the graph version, read with it at the start of the request, so that the analytics
// cache needs no second round trip to learn it (see server/src/cache/analytics-cache.ts).
// Params: $userId, $today (the server's day). Returns: id, name, role, preferredLocale, territoryIds,
// teamIds, graphVersion.
MATCH (u:User {id: $userId})
OPTIONAL MATCH (member:User)-[:REPORTS_TO*1..3]->(u)
WITH u, collect(DISTINCT member) AS team
WITH u, team, CASE WHEN u.role = 'manager' THEN [u] + team ELSE [u] END AS seeing
UNWIND seeing AS s
OPTIONAL MATCH (s)-[r:LOCATED_IN]->(t:Territory)
WHERE r.until IS NULL OR r.until > date($today)
WITH u, team, collect(DISTINCT t.id) AS territoryIds
OPTIONAL MATCH (meta:GraphMeta {key: 'graph'})
RETURN u.id AS id, u.name AS name, u.role AS role, u.preferredLocale AS preferredLocale,
       territoryIds, [m IN team | m.id] AS teamIds, coalesce(meta.version, 0) AS graphVersion
