// Upserts nodes by id. Params: $rows [{id, type, name, props}] (type from the model's
// allow-list), $today (Date or null: the addedOn day of new nodes that carry none),
// $diff (boolean: also say which people were added and what tenders' status histories
// were before, for the change log). Returns: created, updated (existing nodes whose
// values changed), added [id] (people), createdIds [id] (every node the write made) and
// histories [[id, [entry]]] (the lists are empty unless $diff).
// The __new marker (set on create, removed at once) counts creations without reading
// whole property maps, which made this several times slower.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
  ON CREATE SET n:$(row.type), n.__new = true, n.addedOn = $today
WITH n, row, coalesce(n.__new, false) AS isNew,
     coalesce(n.name <> row.name, true)
       OR any(k IN keys(row.props) WHERE NOT coalesce(n[k] = row.props[k], false)) AS differs,
     CASE WHEN $diff AND row.type = 'Tender' THEN [row.id, coalesce(n.statusHistory, [])] END AS history
SET n += row.props, n.name = row.name
REMOVE n.__new
RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN NOT isNew AND differs THEN 1 ELSE 0 END) AS updated,
       collect(CASE WHEN $diff AND isNew AND row.type = 'Person' THEN row.id END) AS added,
       collect(CASE WHEN $diff AND isNew THEN row.id END) AS createdIds,
       collect(history) AS histories
