// Events by id (DataLoader batches). Params: $ids [string]. Returns: id, name, kind, date, city.
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN e.id AS id, e.name AS name, e.kind AS kind, e.date AS date, e.city AS city
