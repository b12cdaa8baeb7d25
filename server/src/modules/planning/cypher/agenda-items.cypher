// Dated things for a user's agenda. Params: $userId, $from, $to (Dates), $territoryIds
// ([string] or null for all). Returns: date, kind, subjectId and what the title is worded
// from (in the reader's language, questions.ts): name (the step, plan, tender, committee or
// event; the person for a birthday), person and role (a term ending), held (a tender's day).
MATCH (u:User {id: $userId})
CALL (u) {
  MATCH (u)-[:OWNS]->(p:Person)-[:HAS_DOSSIER]->(d:Dossier) WHERE d.birthday IS NOT NULL
  WITH p, d, [y IN [$from.year, $to.year] | date({year: y, month: d.birthday.month, day: CASE WHEN d.birthday.month = 2 AND d.birthday.day = 29 THEN 28 ELSE d.birthday.day END})] AS days
  UNWIND days AS day
  WITH p, day WHERE day >= $from AND day <= $to
  RETURN DISTINCT day AS date, 'birthday' AS kind, p.name AS name, null AS person, null AS role, null AS held, p.id AS subjectId
  UNION
  MATCH (u)-[:OWNS]->(plan:Plan)-[:HAS_STEP]->(s:PlanStep) WHERE s.status = 'open' AND s.due <= $to
  RETURN s.due AS date, 'plan_step' AS kind, s.name AS name, null AS person, null AS role, null AS held, plan.id AS subjectId
  UNION
  MATCH (u)-[:OWNS]->(plan:Plan) WHERE plan.status = 'active' AND plan.reviewOn >= $from AND plan.reviewOn <= $to
  RETURN plan.reviewOn AS date, 'plan_review' AS kind, plan.name AS name, null AS person, null AS role, null AS held, plan.id AS subjectId
  UNION
  MATCH (t:Tender) WHERE t.date IS NOT NULL
  WITH t, t.date - duration('P9M') AS prep
  WHERE prep >= $from AND prep <= $to
    AND ($territoryIds IS NULL
         OR EXISTS { (t)-[:LOCATED_IN]->(x:Territory) WHERE x.id IN $territoryIds }
         OR EXISTS { (t)<-[:ISSUES]-(:Entity)-[:PART_OF*0..2]->(:Entity)-[:LOCATED_IN]->(x:Territory) WHERE x.id IN $territoryIds })
  RETURN prep AS date, 'tender_preparation' AS kind, t.name AS name, null AS person, null AS role, t.date AS held, t.id AS subjectId
  UNION
  MATCH (p:Person)-[m:MEMBER_OF]->(c:Committee) WHERE m.until >= $from AND m.until <= $to
    AND ($territoryIds IS NULL OR EXISTS { (c)-[:PART_OF*0..2]->(:Entity)-[:LOCATED_IN]->(x:Territory) WHERE x.id IN $territoryIds })
  RETURN m.until AS date, 'term_ending' AS kind, c.name AS name, p.name AS person, coalesce(m.role, 'member') AS role, null AS held, p.id AS subjectId
  UNION
  MATCH (e:Event) WHERE e.date >= $from AND e.date <= $to
    AND ($territoryIds IS NULL OR EXISTS { (e)-[:LOCATED_IN]->(x:Territory) WHERE x.id IN $territoryIds }
         OR EXISTS { (u)-[:OWNS]->(:Person)-[:ATTENDED|SPOKE_AT]->(e) })
  RETURN e.date AS date, 'event' AS kind, e.name AS name, null AS person, null AS role, null AS held, e.id AS subjectId
}
RETURN date, kind, name, person, role, held, subjectId
ORDER BY date, kind, name
