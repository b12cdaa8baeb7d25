// Institutions by id. Params: $ids [string]. Returns: id, name, kind.
UNWIND $ids AS id
MATCH (i:Institution {id: id})
RETURN i.id AS id, i.name AS name, i.kind AS kind
