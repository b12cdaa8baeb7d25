// What a person's panel shows, for many people at once, in one statement: the person,
// positions, committee seats, stances, our users' relationships (with the users) and
// territories (with their names), each as of a date. Parts not asked for are skipped
// before their pattern is expanded (`WITH p WHERE $withX`), and return empty lists.
// Orders as the per-part statements did: positions head first then by since, seats by
// since; relationships are sorted by the repository.
// Params: $ids [string], $asOf (Date), $withPerson, $withPositions, $withCommittees,
// $withStances, $withRelationships, $withTerritories (booleans).
// Returns: id, person (map or null), positions, committees, stances, relationships, territories (lists of maps).
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  WITH p WHERE $withPositions
  MATCH (p)-[w:WORKS_AT]->(i:Institution)
  WHERE (w.since IS NULL OR w.since <= $asOf) AND (w.until IS NULL OR w.until > $asOf)
  WITH w, i ORDER BY coalesce(w.head, false) DESC, w.since
  RETURN collect({institution: {id: i.id, name: i.name, kind: i.kind, city: i.city, ours: coalesce(i.ours, false),
                                competitor: coalesce(i.competitor, false), keyAccount: coalesce(i.keyAccount, false)},
                  title: w.position, head: coalesce(w.head, false), since: w.since, until: w.until}) AS positions
}
CALL (p) {
  WITH p WHERE $withCommittees
  MATCH (p)-[m:MEMBER_OF]->(c:Committee)
  WHERE (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until > $asOf)
  WITH m, c ORDER BY m.since
  RETURN collect({committee: {id: c.id, name: c.name, kind: c.kind, description: c.description},
                  role: coalesce(m.role, 'member'), since: m.since, until: m.until}) AS committees
}
CALL (p) {
  WITH p WHERE $withStances
  MATCH (p)-[s:STANCE]->(target)
  WHERE (s.since IS NULL OR s.since <= $asOf) AND (s.until IS NULL OR s.until > $asOf)
  OPTIONAL MATCH (maker:Institution)-[:MAKES]->(target)
  RETURN collect({towardId: target.id, towardName: target.name, value: s.value,
                  ours: coalesce(target.ours, maker.ours, false), source: s.source, since: s.since}) AS stances
}
CALL (p) {
  WITH p WHERE $withRelationships
  MATCH (p)<-[r:RELATES|OWNS]-(u:User)
  WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)
  WITH u, collect(r) AS rels
  WITH u, rels, head([r IN rels WHERE type(r) = 'RELATES']) AS relates
  RETURN collect({userId: u.id, stage: relates.stage, since: relates.since, criteria: coalesce(relates.criteria, []),
                  owns: any(r IN rels WHERE type(r) = 'OWNS'),
                  user: {id: u.id, name: u.name, role: u.role, email: u.email, kamKind: u.kamKind}}) AS relationships
}
CALL (p) {
  WITH p WHERE $withTerritories
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
  RETURN collect({id: t.id, name: t.name, code: t.code, level: t.level}) AS territories
}
RETURN p.id AS id,
       CASE WHEN $withPerson THEN {id: p.id, name: p.name, title: p.title, category: p.category, specialty: p.specialty,
                                   optedOut: coalesce(p.optedOut, false), consent: p.consent,
                                   anonymised: coalesce(p.anonymised, false), orcid: p.orcid} END AS person,
       positions, committees, stances, relationships, territories
