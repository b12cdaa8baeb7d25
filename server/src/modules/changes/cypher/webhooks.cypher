// Webhooks, all or those with the given ids ($ids null: all), oldest first.
// Params: $ids ([string] or null). Returns: the webhooks' fields (webhooks registered before
// they had a language read English).
MATCH (w:Webhook)
WHERE $ids IS NULL OR w.id IN $ids
RETURN w.id AS id, w.url AS url, w.scopeKind AS scopeKind, w.scopeId AS scopeId, w.kinds AS kinds,
       w.secret AS secret, coalesce(w.locale, 'en') AS locale, w.createdOn AS createdOn, w.createdBy AS createdBy, coalesce(w.fromVersion, 0) AS fromVersion
ORDER BY w.createdAt, w.id
