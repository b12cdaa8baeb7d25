// Everything balance of power needs about a set of people, in one round trip.
// Params: $ids [string] (people in scope), $asOf (Date), $area (therapeutic area id or
// null: then only INFLUENCES ties whose domain is that area's id or name count).
// Returns one row: people, influence, roles, stances (lists of maps).
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
  RETURN collect({from: a.id, to: b.id, strength: coalesce(r.strength, 0.5), basis: r.basis,
                  domain: r.domain, since: r.since, until: r.until}) AS influence
}
CALL (people) {
  UNWIND people AS p
  CALL (p) {
    MATCH (p)-[w:WORKS_AT]->(i:Institution)
    WHERE (w.since IS NULL OR w.since <= $asOf) AND (w.until IS NULL OR w.until > $asOf)
    RETURN {personId: p.id, kind: 'position', role: coalesce(w.position, 'staff'), atId: i.id, atName: i.name,
            head: coalesce(w.head, false), since: w.since, until: w.until} AS role
    UNION ALL
    MATCH (p)-[m:MEMBER_OF]->(c)
    WHERE (c:Committee OR c:Institution)
      AND (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until > $asOf)
    RETURN {personId: p.id, kind: 'committee', role: coalesce(m.role, 'member'), atId: c.id, atName: c.name,
            head: false, since: m.since, until: m.until} AS role
    UNION ALL
    MATCH (p)-[d:ROLE_IN]->(t:Tender)
    WHERE (d.since IS NULL OR d.since <= $asOf) AND (d.until IS NULL OR d.until > $asOf)
    RETURN {personId: p.id, kind: 'decision_group', role: d.role, atId: t.id, atName: t.name,
            head: false, since: d.since, until: d.until} AS role
  }
  RETURN collect(role) AS roles
}
CALL (people) {
  UNWIND people AS p
  MATCH (p)-[s:STANCE]->(target)
  WHERE (s.since IS NULL OR s.since <= $asOf) AND (s.until IS NULL OR s.until > $asOf)
  OPTIONAL MATCH (maker:Institution)-[:MAKES]->(target)
  WITH p, s, coalesce(target.ours, maker.ours, false) AS ours
  RETURN collect({personId: p.id, value: s.value, towardOurs: ours}) AS stances
}
RETURN [p IN people | {id: p.id, name: p.name, optedOut: coalesce(p.optedOut, false)}] AS people,
       influence, roles, stances
