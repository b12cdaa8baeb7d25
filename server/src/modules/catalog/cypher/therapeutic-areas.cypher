// Every therapeutic area, by name. Params: none. Returns: id, name, code.
MATCH (a:TherapeuticArea)
RETURN a.id AS id, a.name AS name, a.code AS code
ORDER BY a.name
