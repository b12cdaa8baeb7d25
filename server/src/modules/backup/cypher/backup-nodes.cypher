// Every node with its labels and properties, and which properties hold integers (JSON
// cannot tell 2 from 2.0; the restore must). Params: none. Returns: key, labels, props, ints.
MATCH (n)
RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS props,
       [k IN keys(n) WHERE valueType(n[k]) STARTS WITH 'INTEGER' OR valueType(n[k]) STARTS WITH 'LIST<INTEGER' | k] AS ints
