// Erasure and retention: the person's dossier goes. Params: $personId. Returns: removed.
OPTIONAL MATCH (:Person {id: $personId})-[:HAS_DOSSIER]->(d:Dossier)
DETACH DELETE d
RETURN count(d) AS removed
