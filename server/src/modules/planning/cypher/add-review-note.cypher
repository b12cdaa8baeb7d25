// Appends a dated review note to a plan. Params: $planId, $note. Returns: id.
MATCH (plan:Plan {id: $planId})
SET plan.reviewNotes = coalesce(plan.reviewNotes, []) + $note
WITH plan
MERGE (m:GraphMeta {key: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.updatedAt = datetime()
RETURN plan.id AS id
