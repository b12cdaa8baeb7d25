// Creates or updates a person's dossier (its own node, kept apart from professional data).
// Params: $personId, $dossierId, $props (typed; null removes a field), $today (Date). Returns: dossier.
MATCH (p:Person {id: $personId})
MERGE (p)-[:HAS_DOSSIER {key: 'HAS_DOSSIER|' + $personId + '|' + $dossierId + '|'}]->(d:Entity:Dossier {id: $dossierId})
  ON CREATE SET d.name = 'Dossier of ' + p.name
SET d += $props, d.recordedOn = $today
WITH d
MERGE (m:GraphMeta {key: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.updatedAt = datetime()
RETURN properties(d) AS dossier
