// The people of a balance of power with what they hold at a date: formal roles, stances
// and their parts in works (see repository.ts: read beside power-influence.cypher, and
// streamed in rows of up to 1,000 people rather than one row for everyone).
// Params: $ids [string], $asOf (Date). Returns one row per 1,000 ids, each column a list
// of positional lists with dates as strings (decoding maps and Date objects in the
// JavaScript driver cost more than the query):
//   people  [id, name, optedOut]
//   roles   [personId, kind, role, atId, atName, head, since, until, confidence, source]:
//           positions, committee seats and decision-group roles
//   stances [personId, value, towardOurs]
//   works   [personId, workId, kind, date, label, title, matchScore, position, authorCount,
//            last, role, overall, sessionKey, areaIds (';'-joined)]: parts in publications,
//           trials and talks (modules/evidence), for scientific standing
UNWIND range(0, size($ids) - 1, 1000) AS first
CALL (first) {
  UNWIND $ids[first..first + 1000] AS id
  MATCH (p:Person {id: id})
  RETURN collect(p) AS batch
}
CALL (batch) {
  UNWIND batch AS p
  CALL (p) {
    MATCH (p)-[w:WORKS_AT]->(i:Institution)
    WHERE (w.since IS NULL OR w.since <= $asOf) AND (w.until IS NULL OR w.until > $asOf)
    RETURN [p.id, 'position', coalesce(w.position, 'staff'), i.id, i.name,
            coalesce(w.head, false), toString(w.since), toString(w.until), toFloat(w.confidence), w.source] AS role
    UNION ALL
    MATCH (p)-[m:MEMBER_OF]->(c)
    WHERE (c:Committee OR c:Institution)
      AND (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until > $asOf)
    RETURN [p.id, 'committee', coalesce(m.role, 'member'), c.id, c.name,
            false, toString(m.since), toString(m.until), toFloat(m.confidence), m.source] AS role
    UNION ALL
    MATCH (p)-[d:ROLE_IN]->(t:Tender)
    WHERE (d.since IS NULL OR d.since <= $asOf) AND (d.until IS NULL OR d.until > $asOf)
    RETURN [p.id, 'decision_group', d.role, t.id, t.name,
            false, toString(d.since), toString(d.until), toFloat(d.confidence), d.source] AS role
  }
  RETURN collect(role) AS roles
}
CALL (batch) {
  UNWIND batch AS p
  MATCH (p)-[s:STANCE]->(target)
  WHERE (s.since IS NULL OR s.since <= $asOf) AND (s.until IS NULL OR s.until > $asOf)
  OPTIONAL MATCH (maker:Institution)-[:MAKES]->(target)
  WITH p, s, coalesce(target.ours, maker.ours, false) AS ours
  RETURN collect([p.id, toFloat(s.value), ours]) AS stances
}
CALL (batch) {
  UNWIND batch AS p
  MATCH (p)-[r:AUTHORED|INVESTIGATOR_IN|SPOKE_AT]->(w)
  WHERE (w:Publication OR w:Trial OR w:Talk) AND (w.date IS NULL OR w.date <= $asOf)
  OPTIONAL MATCH (w)-[:HELD_AT]->(e:Event)
  OPTIONAL MATCH (w)-[:IN_AREA]->(a:TherapeuticArea)
  WITH p, r, w, e, collect(a.id) AS workAreas
  RETURN collect([p.id, w.id, CASE WHEN w:Publication THEN 'publication' WHEN w:Trial THEN 'trial' ELSE 'talk' END,
                  toString(w.date), coalesce(w.pmid, w.nctId, e.name, w.name), w.name, toFloat(coalesce(r.matchScore, 1.0)),
                  toFloat(r.position), toFloat(w.authorCount), r.last, r.role, r.overall, w.sessionKey,
                  reduce(s = '', x IN workAreas | s + CASE WHEN s = '' THEN '' ELSE ';' END + x)]) AS works
}
RETURN [p IN batch | [p.id, p.name, coalesce(p.optedOut, false)]] AS people, roles, stances, works
