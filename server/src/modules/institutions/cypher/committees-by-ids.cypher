// Committees by id. Params: $ids [string]. Returns: id, name, kind, description.
UNWIND $ids AS id
MATCH (c:Committee {id: id})
RETURN c.id AS id, c.name AS name, c.kind AS kind, c.description AS description
