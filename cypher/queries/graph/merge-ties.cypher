// Upserts ties by key (type|from|to|since). Params: $rows [{from, to, type, key, props}];
// both endpoints must exist (the importer checks first). Returns: created, updated.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
OPTIONAL MATCH (a)-[old {key: row.key}]->(b)
WITH a, b, row, old IS NULL AS isNew,
     CASE WHEN old IS NULL THEN null ELSE properties(old) END AS before
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
SET r += row.props
WITH isNew, before, properties(r) AS after
RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN NOT isNew AND before <> after THEN 1 ELSE 0 END) AS updated
