// What the retention rule needs, for many people at once (also the retention job's
// candidates when $ids is null: every person not yet erased who has dossier data).
// Params: $ids [string] or null. Returns: personId, lawfulBasis, noticeOn, noticeMethod,
// retentionMonths, dossierOn, lastContactOn, holdsDossierData.
CALL () {
  UNWIND coalesce($ids, []) AS id
  MATCH (p:Person {id: id})
  RETURN p
  UNION
  MATCH (p:Person)
  WHERE $ids IS NULL AND NOT coalesce(p.anonymised, false)
    AND (EXISTS { (p)-[:HAS_DOSSIER]->(:Dossier) }
         OR EXISTS { (p)-[:PARTICIPATED_IN]->(i:Interaction) WHERE i.notes IS NOT NULL OR i.outcome IS NOT NULL })
  RETURN p
}
OPTIONAL MATCH (p)-[:HAS_DOSSIER]->(d:Dossier)
WITH p, max(d.recordedOn) AS dossierOn, count(d) > 0 AS hasDossier
CALL (p) {
  OPTIONAL MATCH (p)-[:PARTICIPATED_IN]->(i:Interaction)
  RETURN max(i.date) AS lastContactOn, count(CASE WHEN i.notes IS NOT NULL OR i.outcome IS NOT NULL THEN 1 END) > 0 AS hasNotes
}
RETURN p.id AS personId, p.lawfulBasis AS lawfulBasis, p.noticeOn AS noticeOn, p.noticeMethod AS noticeMethod,
       p.retentionMonths AS retentionMonths, dossierOn, lastContactOn, hasDossier OR hasNotes AS holdsDossierData
ORDER BY personId
