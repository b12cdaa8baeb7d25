// The dated ties of some people that make changes in a window: those that began in it,
// and those that end in it or within the terms' horizon after it (TERM_ENDING).
// Params: $ids [person id], $types [tie type, from rules/facts.ts], $from, $to, $termTo (Date).
// Returns: one row per tie (see tie-fact-projection in repository.ts for the fields).
// The expansion names the types of CHANGE_TIE_TYPES (rules/facts.ts; a unit test keeps the
// two lists equal): a typed expansion skips a person's other ties (places, works, talks)
// without reading them, which matters on a 10,000-person feed read after every write.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[r:INFLUENCES|KNOWS|REPORTS_TO|DRAFTS|WORKS_AT|MEMBER_OF|ROLE_IN|STANCE|RELATES]-()
WHERE type(r) IN $types
  AND ((r.since >= $from AND r.since <= $to) OR (r.until >= $from AND r.until <= $termTo))
WITH DISTINCT r
WITH r, startNode(r) AS a, endNode(r) AS b
// STANCE and RELATES hold one value at a time: the value before this one (the tie of the
// same pair that ended last on or before it began), and whether another takes over when it
// ends. Only they look at the pair's other ties.
CALL (r, a, b) {
  WITH r, a, b WHERE type(r) IN ['STANCE', 'RELATES']
  OPTIONAL MATCH (a)-[o]->(b)
  WHERE type(o) = type(r) AND o.key <> r.key
    AND o.until IS NOT NULL AND o.until <= coalesce(r.since, date('9999-12-31'))
  WITH o ORDER BY o.until DESC LIMIT 1
  RETURN CASE WHEN o IS NULL THEN null ELSE {value: o.value, stage: o.stage} END AS previous
  UNION
  WITH r WHERE NOT type(r) IN ['STANCE', 'RELATES']
  RETURN null AS previous
}
RETURN r.key AS key, type(r) AS type, a.id AS from, b.id AS to,
       [l IN labels(a) WHERE l <> 'Entity'][0] AS fromLabel, [l IN labels(b) WHERE l <> 'Entity'][0] AS toLabel,
       r.since AS since, r.until AS until, r.strength AS strength, r.confidence AS confidence, r.source AS source,
       r.role AS role, r.position AS position, coalesce(r.head, false) AS head, r.basis AS basis,
       r.value AS value, r.stage AS stage, previous,
       CASE WHEN type(r) IN ['STANCE', 'RELATES'] AND r.until IS NOT NULL
         THEN EXISTS { (a)-[n]->(b) WHERE type(n) = type(r) AND n.since = r.until } ELSE false END AS replaced
