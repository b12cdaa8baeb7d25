// Dossiers of many people at once. Params: $ids [string]. Returns: personId, dossier (properties).
UNWIND $ids AS id
MATCH (p:Person {id: id})-[:HAS_DOSSIER]->(d:Dossier)
RETURN p.id AS personId, properties(d) AS dossier
