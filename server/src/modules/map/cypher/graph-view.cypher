// The map of a set of people as of a date: the people, the institutions, committees and
// tenders they are tied to, and every tie among all of these that holds on the date.
// Params: $ids [string] (people), $asOf (Date), $tieTypes [string] (allow-listed), $minStrength (float).
// Returns one row of positional lists (maps and Date objects cost the JavaScript driver
// more to decode than the query takes; see power-influence.cypher):
//   nodes [id, label, name, kind, category, optedOut, ours, competitor]
//   edges [from, to, type, key, strength, role, basis, domain, since, until, source, confidence]
UNWIND $ids AS id
MATCH (p:Person {id: id})
WITH collect(p) AS people
CALL (people) {
  UNWIND people AS p
  MATCH (p)-[r:WORKS_AT|MEMBER_OF|ROLE_IN|DRAFTS]->(n)
  WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)
  RETURN collect(DISTINCT n) AS others
}
WITH people + others AS nodes
WITH nodes, [n IN nodes | n.id] AS nodeIds
CALL (nodes, nodeIds) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b.id IN nodeIds
    AND type(r) IN $tieTypes
    AND (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)
    AND (r.strength IS NULL OR r.strength >= $minStrength)
  RETURN collect([a.id, b.id, type(r), r.key, toFloat(r.strength), coalesce(r.role, r.position),
                  r.basis, r.domain, toString(r.since), toString(r.until), r.source,
                  toFloat(r.confidence)]) AS edges
}
RETURN [n IN nodes | [n.id, [l IN labels(n) WHERE l <> 'Entity'][0], n.name,
        n.kind, n.category, coalesce(n.optedOut, false),
        coalesce(n.ours, false), coalesce(n.competitor, false)]] AS nodes, edges
