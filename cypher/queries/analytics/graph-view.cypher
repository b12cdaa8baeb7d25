// The map of a set of people as of a date: the people, the institutions, committees and
// tenders they are tied to, and every tie among all of these that holds on the date.
// Params: $ids [string] (people), $asOf (Date), $tieTypes [string] (allow-listed), $minStrength (float).
// Returns one row: nodes [{id, label, name, kind, category, optedOut, ours, competitor}], edges [{from, to, type, ...}].
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
  RETURN collect({from: a.id, to: b.id, type: type(r), key: r.key, strength: r.strength, role: coalesce(r.role, r.position),
                  basis: r.basis, domain: r.domain, since: r.since, until: r.until, source: r.source,
                  confidence: r.confidence}) AS edges
}
RETURN [n IN nodes | {id: n.id, label: [l IN labels(n) WHERE l <> 'Entity'][0], name: n.name,
        kind: n.kind, category: n.category, optedOut: coalesce(n.optedOut, false),
        ours: coalesce(n.ours, false), competitor: coalesce(n.competitor, false)}] AS nodes, edges
