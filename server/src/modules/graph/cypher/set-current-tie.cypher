// Records the current value of a tie that has one value at a time (STANCE, RELATES):
// ties of this type still open between the two nodes are closed today, and one tie
// starting today holds the new value (a second change on the same day updates it).
// The caller bumps the graph version in the same transaction (bump-version.cypher).
// Params: $from, $to, $type (allow-listed), $today (Date), $key, $props.
// Returns: props, closed (keys of the ties closed today).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
OPTIONAL MATCH (a)-[old:$($type)]->(b)
WHERE (old.until IS NULL OR old.until > $today) AND coalesce(old.since, date('1900-01-01')) < $today
WITH a, b, collect(old) AS open
FOREACH (o IN open | SET o.until = $today)
MERGE (a)-[r:$($type) {key: $key}]->(b)
SET r += $props, r.since = $today
RETURN properties(r) AS props, [o IN open | o.key] AS closed
