// Writes the texts an erasure decided on (a null removes the property). Params: $rows
// [{id, props}]. Returns: changed.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
WHERE n:Interaction OR n:Plan OR n:PlanStep
SET n += row.props
RETURN count(n) AS changed
