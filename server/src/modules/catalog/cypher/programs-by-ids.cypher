// Programmes by id (DataLoader batches). Params: $ids [string]. Returns: id, name, kind, year.
UNWIND $ids AS id
MATCH (p:Program {id: id})
RETURN p.id AS id, p.name AS name, p.kind AS kind, p.year AS year
