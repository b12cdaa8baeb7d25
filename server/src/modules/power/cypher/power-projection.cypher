// Everything balance of power needs about a set of people, in one round trip.
// Params: $ids [string] (people in scope), $asOf (Date), $area (therapeutic area id or
// null: then only INFLUENCES ties whose domain is that area's id or name count).
// Returns one row: people, influence, roles, stances, areas, works, each a list of fixed-position lists
// (not maps) with dates as strings: a 10,000-person territory ships ~30k ties and ~10k
// roles, and decoding that many maps and Date objects in the JavaScript driver cost more
// than the query (see README, Performance). Positions:
//   people    [id, name, optedOut]
//   influence [from, to, strength, basis, domain, since, until, confidence, source]
//   roles     [personId, kind, role, atId, atName, head, since, until, confidence, source]
//   stances   [personId, value, towardOurs]
//   areas     [id, name]: every therapeutic area, to name influence domains in explanations
//   works     [personId, workId, kind, date, label, title, matchScore, position, authorCount,
//              last, role, overall, sessionKey, areaIds (';'-joined)]: the people's parts in
//              publications, trials and talks (modules/evidence), for scientific standing
UNWIND $ids AS id
MATCH (p:Person {id: id})
WITH collect(p) AS people
OPTIONAL MATCH (area:TherapeuticArea {id: $area})
WITH people, area
CALL (people, area) {
  UNWIND people AS a
  MATCH (a)-[r:INFLUENCES]->(b:Person)
  WHERE b.id IN $ids
    AND (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)
    AND ($area IS NULL OR r.domain = $area OR r.domain = area.name)
  RETURN collect([a.id, b.id, toFloat(coalesce(r.strength, 0.5)), r.basis, r.domain,
                  toString(r.since), toString(r.until), toFloat(r.confidence), r.source]) AS influence
}
CALL (people) {
  UNWIND people AS p
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
CALL (people) {
  UNWIND people AS p
  MATCH (p)-[s:STANCE]->(target)
  WHERE (s.since IS NULL OR s.since <= $asOf) AND (s.until IS NULL OR s.until > $asOf)
  OPTIONAL MATCH (maker:Institution)-[:MAKES]->(target)
  WITH p, s, coalesce(target.ours, maker.ours, false) AS ours
  RETURN collect([p.id, toFloat(s.value), ours]) AS stances
}
CALL () {
  MATCH (area:TherapeuticArea)
  RETURN collect([area.id, area.name]) AS areas
}
CALL (people) {
  UNWIND people AS p
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
RETURN [p IN people | [p.id, p.name, coalesce(p.optedOut, false)]] AS people,
       influence, roles, stances, areas, works
