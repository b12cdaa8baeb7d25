// Nodes per label (a node with two labels counts under each), for the restore's check.
// Params: none. Returns: name, count.
MATCH (n)
UNWIND labels(n) AS name
RETURN name, count(*) AS count
ORDER BY name
