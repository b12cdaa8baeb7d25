// Upserts ties by key (type|from|to|since). Params: $rows [{from, to, type, key, props}];
// both endpoints must exist (the importer checks first); $diff (boolean: also list the
// ties created and those whose until changed, for the change log).
// Returns: created, updated, changed [[key, created, until]] (empty unless $diff; until
// is the tie's end after the write, as a string, or null).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
  ON CREATE SET r.__new = true
WITH r, row, coalesce(r.__new, false) AS isNew, r.until AS untilBefore,
     any(k IN keys(row.props) WHERE NOT coalesce(r[k] = row.props[k], false)) AS differs
SET r += row.props
REMOVE r.__new
WITH isNew, differs,
     CASE WHEN $diff AND (isNew OR NOT coalesce(untilBefore = r.until, untilBefore IS NULL AND r.until IS NULL))
          THEN [row.key, isNew, toString(r.until)] END AS change
RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN NOT isNew AND differs THEN 1 ELSE 0 END) AS updated,
       collect(change) AS changed
