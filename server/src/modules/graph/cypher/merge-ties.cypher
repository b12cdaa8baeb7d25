// Upserts ties by key (type|from|to|since). Params: $rows [{from, to, type, key, props}];
// both endpoints must exist (the importer checks first). Returns: created, updated.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
  ON CREATE SET r.__new = true
WITH r, row, coalesce(r.__new, false) AS isNew,
     any(k IN keys(row.props) WHERE NOT coalesce(r[k] = row.props[k], false)) AS differs
SET r += row.props
REMOVE r.__new
RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN NOT isNew AND differs THEN 1 ELSE 0 END) AS updated
