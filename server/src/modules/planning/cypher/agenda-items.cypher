// Dated things for a user's agenda. Params: $userId, $from, $to (Dates), $territoryIds
// ([string] or null for all). Returns: date, kind, title, subjectId.
MATCH (u:User {id: $userId})
CALL (u) {
  MATCH (u)-[:OWNS]->(p:Person)-[:HAS_DOSSIER]->(d:Dossier) WHERE d.birthday IS NOT NULL
  WITH p, d, [y IN [$from.year, $to.year] | date({year: y, month: d.birthday.month, day: CASE WHEN d.birthday.month = 2 AND d.birthday.day = 29 THEN 28 ELSE d.birthday.day END})] AS days
  UNWIND days AS day
  WITH p, day WHERE day >= $from AND day <= $to
  RETURN DISTINCT day AS date, 'birthday' AS kind, 'Birthday of ' + p.name AS title, p.id AS subjectId
  UNION
  MATCH (u)-[:OWNS]->(plan:Plan)-[:HAS_STEP]->(s:PlanStep) WHERE s.status = 'open' AND s.due <= $to
  RETURN s.due AS date, 'plan_step' AS kind, s.name AS title, plan.id AS subjectId
  UNION
  MATCH (u)-[:OWNS]->(plan:Plan) WHERE plan.status = 'active' AND plan.reviewOn >= $from AND plan.reviewOn <= $to
  RETURN plan.reviewOn AS date, 'plan_review' AS kind, 'Review: ' + plan.name AS title, plan.id AS subjectId
  UNION
  MATCH (t:Tender) WHERE t.date IS NOT NULL
  WITH t, t.date - duration('P9M') AS prep
  WHERE prep >= $from AND prep <= $to
    AND ($territoryIds IS NULL
         OR EXISTS { (t)-[:LOCATED_IN]->(x:Territory) WHERE x.id IN $territoryIds }
         OR EXISTS { (t)<-[:ISSUES]-(:Entity)-[:PART_OF*0..2]->(:Entity)-[:LOCATED_IN]->(x:Territory) WHERE x.id IN $territoryIds })
  RETURN prep AS date, 'tender_preparation' AS kind, 'Start preparing: ' + t.name + ' (held ' + toString(t.date) + ')' AS title, t.id AS subjectId
  UNION
  MATCH (p:Person)-[m:MEMBER_OF]->(c:Committee) WHERE m.until >= $from AND m.until <= $to
    AND ($territoryIds IS NULL OR EXISTS { (c)-[:PART_OF*0..2]->(:Entity)-[:LOCATED_IN]->(x:Territory) WHERE x.id IN $territoryIds })
  RETURN m.until AS date, 'term_ending' AS kind, p.name + "'s term as " + coalesce(m.role, 'member') + ' of ' + c.name + ' ends' AS title, p.id AS subjectId
  UNION
  MATCH (e:Event) WHERE e.date >= $from AND e.date <= $to
    AND ($territoryIds IS NULL OR EXISTS { (e)-[:LOCATED_IN]->(x:Territory) WHERE x.id IN $territoryIds }
         OR EXISTS { (u)-[:OWNS]->(:Person)-[:ATTENDED|SPOKE_AT]->(e) })
  RETURN e.date AS date, 'event' AS kind, e.name AS title, e.id AS subjectId
}
RETURN date, kind, title, subjectId
ORDER BY date, kind, title
