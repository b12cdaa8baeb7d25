// Appends audit entries (not :Entity, so never exported or imported).
// Params: $entries [{id, userId, action, targetId, detail}]. Returns: written.
UNWIND $entries AS e
CREATE (a:AuditEntry {id: e.id, at: datetime(), userId: e.userId, action: e.action, targetId: e.targetId, detail: e.detail})
RETURN count(a) AS written
