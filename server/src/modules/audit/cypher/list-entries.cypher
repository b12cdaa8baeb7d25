// Audit entries newest first, optionally for one target, user or action prefix.
// Params: $targetId, $userId, $action (prefix), $limit (int). Returns: id, at, userId, action, targetId, detail.
MATCH (a:AuditEntry)
WHERE ($targetId IS NULL OR a.targetId = $targetId)
  AND ($userId IS NULL OR a.userId = $userId)
  AND ($action IS NULL OR a.action STARTS WITH $action)
RETURN a.id AS id, toString(a.at) AS at, a.userId AS userId, a.action AS action, a.targetId AS targetId, a.detail AS detail
ORDER BY a.at DESC, a.id DESC
LIMIT $limit
