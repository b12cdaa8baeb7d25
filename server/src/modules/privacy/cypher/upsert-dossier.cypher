// Creates or updates a person's dossier (its own node, kept apart from professional data).
// An existing dossier (whatever its id) is updated; otherwise one is made with $dossierId.
// Params: $personId, $dossierId, $props (typed), $today (Date). Returns: dossier.
MATCH (p:Person {id: $personId})
OPTIONAL MATCH (p)-[:HAS_DOSSIER]->(existing:Dossier)
WITH p, head(collect(existing)) AS existing
CALL (p, existing) {
  WITH p, existing WHERE existing IS NULL
  CREATE (p)-[:HAS_DOSSIER {key: 'HAS_DOSSIER|' + $personId + '|' + $dossierId + '|'}]->(d:Entity:Dossier {id: $dossierId, name: 'Dossier of ' + p.name})
  RETURN d
  UNION
  WITH existing WHERE existing IS NOT NULL
  RETURN existing AS d
}
SET d += $props, d.recordedOn = $today
WITH d
MERGE (m:GraphMeta {key: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.updatedAt = datetime()
RETURN properties(d) AS dossier
