// A KAM working the territory a scope lies in, to start introduction paths from when the
// signed-in user has no contacts of their own (admins, strategists). The territories are
// found from the scope outwards, along the ties that place things (as visibility reads them:
// an institution and its parents, a committee through its institution, a tender through its
// issuer); a search from a territory in every direction would walk everything located in it.
// Params: $scopeId. Returns: id.
MATCH (s:Entity {id: $scopeId})
CALL (s) {
  WITH s WHERE s:Territory
  RETURN s AS t
  UNION
  MATCH (s)-[:PART_OF*0..3]->(:Entity)-[:LOCATED_IN]->(t:Territory)
  RETURN t
  UNION
  MATCH (s)<-[:ISSUES]-(:Entity)-[:PART_OF*0..2]->(:Entity)-[:LOCATED_IN]->(t:Territory)
  RETURN t
}
MATCH (u:User {role: 'kam'})-[:LOCATED_IN]->(t)
RETURN u.id AS id
ORDER BY u.id
LIMIT 1
