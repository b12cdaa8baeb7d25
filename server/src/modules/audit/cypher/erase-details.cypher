// Erasure: audit entries about the person written before details were kept to field names
// (their detail may quote what was written) lose their detail; who, when and what stay.
// Entries written since hold no personal values and are left as they are.
// Params: $personId, $formerName (or null), $erasedDetail. Returns: changed.
MATCH (a:AuditEntry)
WHERE NOT coalesce(a.fieldsOnly, false)
  AND (a.targetId = $personId OR a.detail CONTAINS $personId OR ($formerName IS NOT NULL AND a.detail CONTAINS $formerName))
SET a.detail = $erasedDetail, a.fieldsOnly = true
RETURN count(a) AS changed
