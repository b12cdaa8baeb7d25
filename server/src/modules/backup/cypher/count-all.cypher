// Whether the database holds anything at all. Params: none. Returns: nodes.
MATCH (n)
RETURN count(n) AS nodes
