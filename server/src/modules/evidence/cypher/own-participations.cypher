// People's own parts in works (for their scientific standing), in one round trip.
// Params: $ids [string] (person ids). Returns one row: parts, positional lists
// [personId, workId, kind, date, label (PMID, NCT id or event), title, matchScore,
//  position, authorCount, last, role, overall, sessionKey, areaIds (';'-joined)].
UNWIND $ids AS id
MATCH (p:Person {id: id})-[r:AUTHORED|INVESTIGATOR_IN|SPOKE_AT]->(w)
WHERE w:Publication OR w:Trial OR w:Talk
OPTIONAL MATCH (w)-[:HELD_AT]->(e:Event)
OPTIONAL MATCH (w)-[:IN_AREA]->(a:TherapeuticArea)
WITH p, r, w, e, collect(a.id) AS areas
RETURN collect([p.id, w.id, CASE WHEN w:Publication THEN 'publication' WHEN w:Trial THEN 'trial' ELSE 'talk' END,
                toString(w.date), coalesce(w.pmid, w.nctId, e.name, w.name), w.name, toFloat(coalesce(r.matchScore, 1.0)),
                toFloat(r.position), toFloat(w.authorCount), r.last, r.role, r.overall, w.sessionKey,
                reduce(s = '', x IN areas | s + CASE WHEN s = '' THEN '' ELSE ';' END + x)]) AS parts
