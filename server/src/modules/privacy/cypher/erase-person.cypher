// Erases a person's personal data on request: the dossier goes, interaction notes go,
// identifying fields go; the node stays as an anonymised placeholder so that the ties that
// shape power and paths still hold. Params: $personId, $placeholder, $today (Date).
// Returns: dossiers, notes (how many were removed).
MATCH (p:Person {id: $personId})
OPTIONAL MATCH (p)-[:HAS_DOSSIER]->(d:Dossier)
WITH p, collect(d) AS dossiers
FOREACH (d IN dossiers | DETACH DELETE d)
WITH p, size(dossiers) AS dossierCount
OPTIONAL MATCH (p)-[:PARTICIPATED_IN]->(i:Interaction)
WHERE i.notes IS NOT NULL
WITH p, dossierCount, collect(i) AS interactions
FOREACH (i IN interactions | REMOVE i.notes)
SET p.name = $placeholder, p.anonymised = true, p.erasedOn = $today, p.consent = false, p.optedOut = true
REMOVE p.email, p.phone, p.title
WITH p, dossierCount, size(interactions) AS noteCount
MERGE (m:GraphMeta {key: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.updatedAt = datetime()
RETURN dossierCount AS dossiers, noteCount AS notes
