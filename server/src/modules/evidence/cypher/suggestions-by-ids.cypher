// Tie suggestions by id (DataLoader batches). Params: $ids [string].
// Returns: id, fromId, toId, type, basis, domainId, strength, confidence, matchScore,
// workIds, reasons, status, decidedBy, decidedOn, rejectReason, updatedOn.
UNWIND $ids AS id
MATCH (s:TieSuggestion {id: id})
RETURN s.id AS id, s.fromId AS fromId, s.toId AS toId, s.type AS type, s.basis AS basis,
       s.domainId AS domainId, toFloat(s.strength) AS strength, toFloat(s.confidence) AS confidence,
       toFloat(coalesce(s.matchScore, 1.0)) AS matchScore, coalesce(s.workIds, []) AS workIds,
       coalesce(s.reasons, []) AS reasons, s.status AS status, s.decidedBy AS decidedBy,
       s.decidedOn AS decidedOn, s.rejectReason AS rejectReason, s.updatedOn AS updatedOn
