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
  // One walk over each person's ties for all of them: a walk per tie type read every tie
  // of the person again (five times the database hits on a 10,000-person scope).
  MATCH (p)-[r:WORKS_AT|MEMBER_OF|ROLE_IN|STANCE|AUTHORED|INVESTIGATOR_IN|SPOKE_AT]->(x)
  WITH p, r, x, type(r) AS tie
  WHERE CASE tie
          WHEN 'WORKS_AT' THEN x:Institution
          WHEN 'MEMBER_OF' THEN x:Committee OR x:Institution
          WHEN 'ROLE_IN' THEN x:Tender
          WHEN 'STANCE' THEN true
          ELSE (x:Publication OR x:Trial OR x:Talk) AND (x.date IS NULL OR x.date <= $asOf)
        END
    AND (tie IN ['AUTHORED', 'INVESTIGATOR_IN', 'SPOKE_AT']
         OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)))
  CALL (p, r, x, tie) {
    WITH p, r, x, tie WHERE tie IN ['WORKS_AT', 'MEMBER_OF', 'ROLE_IN']
    RETURN CASE tie
             WHEN 'WORKS_AT' THEN [p.id, 'position', coalesce(r.position, 'staff'), x.id, x.name,
                                   coalesce(r.head, false), toString(r.since), toString(r.until), toFloat(r.confidence), r.source]
             WHEN 'MEMBER_OF' THEN [p.id, 'committee', coalesce(r.role, 'member'), x.id, x.name,
                                    false, toString(r.since), toString(r.until), toFloat(r.confidence), r.source]
             ELSE [p.id, 'decision_group', r.role, x.id, x.name,
                   false, toString(r.since), toString(r.until), toFloat(r.confidence), r.source]
           END AS role, null AS stance, null AS work
    UNION ALL
    WITH p, r, x, tie WHERE tie = 'STANCE'
    OPTIONAL MATCH (maker:Institution)-[:MAKES]->(x)
    RETURN null AS role, [p.id, toFloat(r.value), coalesce(x.ours, maker.ours, false)] AS stance, null AS work
    UNION ALL
    WITH p, r, x, tie WHERE tie IN ['AUTHORED', 'INVESTIGATOR_IN', 'SPOKE_AT']
    OPTIONAL MATCH (x)-[:HELD_AT]->(e:Event)
    OPTIONAL MATCH (x)-[:IN_AREA]->(a:TherapeuticArea)
    WITH p, r, x, e, collect(a.id) AS workAreas
    RETURN null AS role, null AS stance,
           [p.id, x.id, CASE WHEN x:Publication THEN 'publication' WHEN x:Trial THEN 'trial' ELSE 'talk' END,
            toString(x.date), coalesce(x.pmid, x.nctId, e.name, x.name), x.name, toFloat(coalesce(r.matchScore, 1.0)),
            toFloat(r.position), toFloat(x.authorCount), r.last, r.role, r.overall, x.sessionKey,
            reduce(s = '', y IN workAreas | s + CASE WHEN s = '' THEN '' ELSE ';' END + y)] AS work
  }
  RETURN collect(role) AS roles, collect(stance) AS stances, collect(work) AS works
}
RETURN [p IN batch | [p.id, p.name, coalesce(p.optedOut, false)]] AS people, roles, stances, works
