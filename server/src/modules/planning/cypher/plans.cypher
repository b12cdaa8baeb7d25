// Plans with their person and owner, filtered by any of: plan ids, person, owners, status.
// Params: $ids [string] or null, $personId or null, $ownerIds [string] or null, $status or null.
// Returns: id, name, personId, ownerId, props.
MATCH (plan:Plan)-[:TARGETS]->(p:Person)
WHERE ($ids IS NULL OR plan.id IN $ids)
  AND ($personId IS NULL OR p.id = $personId)
  AND ($status IS NULL OR plan.status = $status)
OPTIONAL MATCH (owner:User)-[:OWNS]->(plan)
WITH plan, p, owner
WHERE $ownerIds IS NULL OR owner.id IN $ownerIds
RETURN plan.id AS id, plan.name AS name, p.id AS personId, owner.id AS ownerId, properties(plan) AS props
ORDER BY plan.createdOn DESC, plan.id
