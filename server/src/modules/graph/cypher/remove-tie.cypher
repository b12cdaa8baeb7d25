// Deletes one tie by key. The caller bumps the graph version in the same transaction
// when one was removed. Params: $from, $to, $key.
// Returns: removed (0 or 1), tie (the deleted tie's type and properties, for the change log).
OPTIONAL MATCH (a:Entity {id: $from})-[r {key: $key}]->(b:Entity {id: $to})
WITH collect(r) AS found
WITH found, [r IN found | {type: type(r), props: properties(r)}] AS ties
FOREACH (r IN found | DELETE r)
RETURN size(found) AS removed, ties
