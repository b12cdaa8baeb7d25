// Every relationship, its ends by the element ids the node lines carry.
// Params: none. Returns: type, from, to, props, ints.
MATCH (a)-[r]->(b)
RETURN type(r) AS type, elementId(a) AS from, elementId(b) AS to, properties(r) AS props,
       [k IN keys(r) WHERE valueType(r[k]) STARTS WITH 'INTEGER' OR valueType(r[k]) STARTS WITH 'LIST<INTEGER' | k] AS ints
