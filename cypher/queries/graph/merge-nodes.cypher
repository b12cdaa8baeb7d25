// Upserts nodes by id. Params: $rows [{id, type, name, props}] (type from the model's
// allow-list). Returns: created, updated (nodes whose properties changed).
UNWIND $rows AS row
OPTIONAL MATCH (existing:Entity {id: row.id})
WITH row, existing IS NULL AS isNew,
     CASE WHEN existing IS NULL THEN null ELSE properties(existing) END AS before
MERGE (n:Entity {id: row.id})
  ON CREATE SET n:$(row.type)
SET n += row.props, n.name = row.name
WITH isNew, before, properties(n) AS after
RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN NOT isNew AND before <> after THEN 1 ELSE 0 END) AS updated
