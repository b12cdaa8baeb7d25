// The ties of some nodes, as of a date, in one direction or both: every property of
// each tie and who or what is at the other end. Dossiers never come through here (they
// are read behind dossierAccess), nor do ties weaker than $minStrength.
// Params: $ids [string], $types [string] (allow-listed tie types), $direction ('out',
// 'in' or 'both'), $asOf (Date, or null for every tie ever recorded), $minStrength (float, 0 for all).
// Returns: id, direction, type, otherId, otherLabel, props.
UNWIND $ids AS id
MATCH (a:Entity {id: id})
CALL (a) {
  MATCH (a)-[r]->(b:Entity)
  WHERE $direction IN ['out', 'both']
  RETURN 'out' AS direction, r, b
  UNION ALL
  MATCH (a)<-[r]-(b:Entity)
  WHERE $direction IN ['in', 'both']
  RETURN 'in' AS direction, r, b
}
WITH a, direction, r, b
WHERE type(r) IN $types AND NOT b:Dossier
  AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)))
  AND coalesce(r.strength, 1.0) >= $minStrength
RETURN a.id AS id, direction, type(r) AS type, b.id AS otherId,
       [l IN labels(b) WHERE l <> 'Entity'][0] AS otherLabel, properties(r) AS props
ORDER BY id, type, coalesce(r.since, date('1900-01-01')) DESC, otherId
