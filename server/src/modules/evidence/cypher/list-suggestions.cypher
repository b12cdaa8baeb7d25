// Suggestions matching a filter, most confident first (then strongest, then id), with
// both people existing. Params: $status ('open', 'accepted', 'rejected'), $type ('KNOWS',
// 'INFLUENCES' or null), $personId (or null), $scopeIds ([string] or null: at least one
// of the two people among them, or both when $within), $minConfidence (0 for all).
// Returns: id, fromId, toId.
MATCH (s:TieSuggestion {status: $status})
WHERE ($type IS NULL OR s.type = $type)
  AND ($personId IS NULL OR s.fromId = $personId OR s.toId = $personId)
  AND ($scopeIds IS NULL
    OR ($within AND s.fromId IN $scopeIds AND s.toId IN $scopeIds)
    OR (NOT $within AND (s.fromId IN $scopeIds OR s.toId IN $scopeIds)))
  AND s.confidence >= $minConfidence
  AND EXISTS { MATCH (:Person {id: s.fromId}) } AND EXISTS { MATCH (:Person {id: s.toId}) }
RETURN s.id AS id, s.fromId AS fromId, s.toId AS toId
ORDER BY s.confidence DESC, s.strength DESC, s.id
