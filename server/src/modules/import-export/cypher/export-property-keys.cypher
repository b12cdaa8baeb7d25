// Property names in use, to lay out the CSV columns. Params: none. Returns: scope, key.
CALL () {
  MATCH (n:Entity) UNWIND keys(n) AS key RETURN DISTINCT 'node' AS scope, key
  UNION
  MATCH (:Entity)-[r]->(:Entity) UNWIND keys(r) AS key RETURN DISTINCT 'tie' AS scope, key
}
RETURN scope, key ORDER BY scope, key
