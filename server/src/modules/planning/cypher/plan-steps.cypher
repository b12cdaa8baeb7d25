// Steps of many plans. Params: $ids [string] (plan ids).
// Returns: planId, id, name, props, aboutId, aboutName, aboutLabel.
UNWIND $ids AS planId
MATCH (:Plan {id: planId})-[:HAS_STEP]->(s:PlanStep)
OPTIONAL MATCH (s)-[:ABOUT]->(a:Entity)
WITH planId, s, head(collect(a)) AS a
RETURN planId, s.id AS id, s.name AS name, properties(s) AS props,
       a.id AS aboutId, a.name AS aboutName, [l IN labels(a) WHERE l <> 'Entity'][0] AS aboutLabel
ORDER BY planId, coalesce(s.order, 999), s.due, s.id
