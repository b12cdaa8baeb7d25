// Rewrites change-log entries' deleted ties without their personal properties (erasure).
// Params: $rows [{version, removed: [string]}]. Returns: changed.
UNWIND $rows AS row
MATCH (e:ChangeEvent {version: row.version})
SET e.removed = row.removed
RETURN count(e) AS changed
