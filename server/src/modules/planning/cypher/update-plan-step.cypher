// Sets a step's status (doneOn today when done), note and due date; bumps the version.
// Params: $stepId, $status, $note (or null), $due (Date or null), $today (Date). Returns: planId.
MATCH (plan:Plan)-[:HAS_STEP]->(s:PlanStep {id: $stepId})
SET s.status = $status,
    s.doneOn = CASE WHEN $status = 'done' THEN coalesce(s.doneOn, $today) ELSE null END,
    s.note = coalesce($note, s.note),
    s.due = coalesce($due, s.due)
WITH plan
MERGE (m:GraphMeta {key: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.updatedAt = datetime()
RETURN plan.id AS planId
