// Webhooks, all or those with the given ids ($ids null: all), oldest first.
// Params: $ids ([string] or null). Returns: the webhooks' fields.
MATCH (w:Webhook)
WHERE $ids IS NULL OR w.id IN $ids
RETURN w.id AS id, w.url AS url, w.scopeKind AS scopeKind, w.scopeId AS scopeId, w.kinds AS kinds,
       w.secret AS secret, w.createdOn AS createdOn, w.createdBy AS createdBy, coalesce(w.fromVersion, 0) AS fromVersion
ORDER BY w.createdAt, w.id
