// Every person's part in the works of some people (and in the talks of the sessions they
// spoke in): what tie suggestions for those people are computed from.
// Params: $ids [string] (person ids). Returns one row: parts, positional lists as in
// own-participations.cypher.
UNWIND $ids AS id
MATCH (:Person {id: id})-[:AUTHORED|INVESTIGATOR_IN|SPOKE_AT]->(w)
WHERE w:Publication OR w:Trial OR w:Talk
WITH collect(DISTINCT w) AS works
CALL (works) {
  UNWIND works AS t
  WITH t WHERE t:Talk AND t.sessionKey IS NOT NULL
  MATCH (mate:Talk {sessionKey: t.sessionKey})
  RETURN collect(DISTINCT mate) AS mates
}
UNWIND works + mates AS w
WITH DISTINCT w
MATCH (p:Person)-[r:AUTHORED|INVESTIGATOR_IN|SPOKE_AT]->(w)
OPTIONAL MATCH (w)-[:HELD_AT]->(e:Event)
OPTIONAL MATCH (w)-[:IN_AREA]->(a:TherapeuticArea)
WITH p, r, w, e, collect(a.id) AS areas
RETURN collect([p.id, w.id, CASE WHEN w:Publication THEN 'publication' WHEN w:Trial THEN 'trial' ELSE 'talk' END,
                toString(w.date), coalesce(w.pmid, w.nctId, e.name, w.name), w.name, toFloat(coalesce(r.matchScore, 1.0)),
                toFloat(r.position), toFloat(w.authorCount), r.last, r.role, r.overall, w.sessionKey,
                reduce(s = '', x IN areas | s + CASE WHEN s = '' THEN '' ELSE ';' END + x)]) AS parts
