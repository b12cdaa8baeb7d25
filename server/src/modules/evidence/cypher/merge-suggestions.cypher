// Upserts tie suggestions by id. Open ones take the evidence's latest figures; accepted and
// rejected ones are left as they were decided (a rejected tie never comes back).
// Params: $rows [{id, key, type, fromId, toId, basis, domainId, strength, confidence,
// matchScore, workIds, reasons ['code count']}], $today (Date). Returns: created, updated.
UNWIND $rows AS row
MERGE (s:TieSuggestion {id: row.id})
  ON CREATE SET s.status = 'open', s.key = row.key, s.createdOn = $today, s.__new = true
WITH s, row, coalesce(s.__new, false) AS isNew
WITH s, row, isNew,
     s.status = 'open' AND (isNew OR s.strength <> row.strength OR s.confidence <> row.confidence
       OR s.matchScore <> row.matchScore OR s.workIds <> row.workIds OR s.reasons <> row.reasons
       OR coalesce(s.domainId, '') <> coalesce(row.domainId, '')) AS differs
FOREACH (_ IN CASE WHEN differs THEN [1] ELSE [] END |
  SET s.type = row.type, s.fromId = row.fromId, s.toId = row.toId, s.basis = row.basis,
      s.domainId = row.domainId, s.strength = row.strength, s.confidence = row.confidence,
      s.matchScore = row.matchScore, s.workIds = row.workIds, s.reasons = row.reasons,
      s.updatedOn = $today)
REMOVE s.__new
RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN differs AND NOT isNew THEN 1 ELSE 0 END) AS updated
