// A KAM working the territory a scope lies in, to start introduction paths from when the
// signed-in user has no contacts of their own (admins, strategists). Params: $scopeId. Returns: id.
MATCH (u:User {role: 'kam'})-[:LOCATED_IN]->(t:Territory)
WHERE t.id = $scopeId OR EXISTS { (:Entity {id: $scopeId})-[:LOCATED_IN|ISSUES|PART_OF*1..3]-(t) }
RETURN u.id AS id
ORDER BY u.id
LIMIT 1
