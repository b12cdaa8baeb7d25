// Territories by exact name. Params: $names [string]. Returns: id, name.
UNWIND $names AS name
MATCH (t:Territory {name: name})
RETURN t.id AS id, t.name AS name
