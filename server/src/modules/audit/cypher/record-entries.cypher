// Appends audit entries (not :Entity, so never exported or imported). `fieldsOnly` marks
// details that name fields and ids but hold no personal values (erasure leaves them be).
// Params: $entries [{id, userId, action, targetId, detail}]. Returns: written.
UNWIND $entries AS e
CREATE (a:AuditEntry {id: e.id, at: datetime(), userId: e.userId, action: e.action, targetId: e.targetId, detail: e.detail, fieldsOnly: true})
RETURN count(a) AS written
