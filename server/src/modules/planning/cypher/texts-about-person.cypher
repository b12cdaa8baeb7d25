// The interactions, plans and steps an erasure touches, and how each concerns the person:
// `participant` (they took part in the interaction), `target` (the plan is about them, or
// the step belongs to such a plan), `about` (the step is about them), `mention` (their
// former name appears in its text; only searched when $formerName is given). A node may
// come more than once; the caller keeps its closest relation.
// Params: $personId, $formerName (or null). Returns: id, label, relation, props.
CALL () {
  MATCH (:Person {id: $personId})-[:PARTICIPATED_IN]->(n:Interaction)
  RETURN n, 'Interaction' AS label, 'participant' AS relation
  UNION
  MATCH (n:Plan)-[:TARGETS]->(:Person {id: $personId})
  RETURN n, 'Plan' AS label, 'target' AS relation
  UNION
  MATCH (:Person {id: $personId})<-[:TARGETS]-(:Plan)-[:HAS_STEP]->(n:PlanStep)
  RETURN n, 'PlanStep' AS label, 'target' AS relation
  UNION
  MATCH (n:PlanStep)-[:ABOUT]->(:Person {id: $personId})
  RETURN n, 'PlanStep' AS label, 'about' AS relation
  UNION
  MATCH (n)
  WHERE $formerName IS NOT NULL AND (n:Interaction OR n:Plan OR n:PlanStep)
    AND any(k IN keys(n) WHERE any(v IN CASE WHEN n[k] IS :: LIST<ANY> THEN n[k] ELSE [n[k]] END WHERE toString(v) CONTAINS $formerName))
  RETURN n, head([l IN labels(n) WHERE l IN ['Interaction', 'Plan', 'PlanStep']]) AS label, 'mention' AS relation
}
RETURN n.id AS id, label, relation, properties(n) AS props
