// The database's own limit for a person's detail: the data BenchPersonDetail shows (the
// person, positions, territories, committee seats, stances, our users' relationships and
// the owner), written by hand as one statement and sent over Bolt by the bench, with no
// app code around it. The bench times it beside the GraphQL question (speed.ts).
// Params: $id, $asOf (Date). Returns one row: person, positions, territories, committees,
// stances, relationships.
MATCH (p:Person {id: $id})
CALL (p) {
  MATCH (p)-[w:WORKS_AT]->(i:Institution)
  WHERE (w.since IS NULL OR w.since <= $asOf) AND (w.until IS NULL OR w.until > $asOf)
  RETURN collect({institution: {id: i.id, name: i.name, kind: i.kind}, title: w.position,
                  head: coalesce(w.head, false), since: w.since, until: w.until}) AS positions
}
CALL (p) {
  CALL (p) {
    MATCH (p)-[r:LOCATED_IN]->(t:Territory)
    WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)
    RETURN t
    UNION
    MATCH (p)-[w:WORKS_AT]->(:Institution)-[:PART_OF*0..2]->(:Institution)-[r:LOCATED_IN]->(t:Territory)
    WHERE (w.since IS NULL OR w.since <= $asOf) AND (w.until IS NULL OR w.until > $asOf)
      AND (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)
    RETURN t
  }
  WITH DISTINCT t
  RETURN collect({id: t.id, name: t.name}) AS territories
}
CALL (p) {
  MATCH (p)-[m:MEMBER_OF]->(c:Committee)
  WHERE (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until > $asOf)
  RETURN collect({committee: {id: c.id, name: c.name, kind: c.kind}, role: coalesce(m.role, 'member'),
                  since: m.since, until: m.until}) AS committees
}
CALL (p) {
  MATCH (p)-[s:STANCE]->(target)
  WHERE (s.since IS NULL OR s.since <= $asOf) AND (s.until IS NULL OR s.until > $asOf)
  OPTIONAL MATCH (maker:Institution)-[:MAKES]->(target)
  RETURN collect({towardId: target.id, towardName: target.name, value: s.value,
                  ours: coalesce(target.ours, maker.ours, false), source: s.source, since: s.since}) AS stances
}
CALL (p) {
  MATCH (p)<-[r:RELATES|OWNS]-(u:User)
  WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)
  WITH u, collect(r) AS rels
  RETURN collect({user: {id: u.id, name: u.name, role: u.role},
                  stage: head([r IN rels WHERE type(r) = 'RELATES']).stage,
                  owns: any(r IN rels WHERE type(r) = 'OWNS')}) AS relationships
}
RETURN {id: p.id, name: p.name, title: p.title, category: p.category, specialty: p.specialty,
        optedOut: coalesce(p.optedOut, false)} AS person,
       positions, territories, committees, stances, relationships
