// One tie by its key. Params: $from, $to, $key. Returns: type, props.
MATCH (a:Entity {id: $from})-[r {key: $key}]->(b:Entity {id: $to})
RETURN type(r) AS type, properties(r) AS props
