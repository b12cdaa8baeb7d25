// Params: none. Returns: count of domain nodes (0 means an empty database).
MATCH (n:Entity) RETURN count(n) AS count
