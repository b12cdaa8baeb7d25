// The plan a step belongs to. Params: $stepId. Returns: planId.
MATCH (plan:Plan)-[:HAS_STEP]->(:PlanStep {id: $stepId})
RETURN plan.id AS planId
