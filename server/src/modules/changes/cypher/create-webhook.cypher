// Registers a webhook. Params: $webhook {id, url, scopeKind, scopeId, kinds, secret, createdOn (Date), createdBy}.
// Returns: the webhook's fields.
CREATE (w:Webhook)
SET w = $webhook, w.createdAt = datetime()
RETURN w.id AS id, w.url AS url, w.scopeKind AS scopeKind, w.scopeId AS scopeId, w.kinds AS kinds,
       w.secret AS secret, w.createdOn AS createdOn, w.createdBy AS createdBy
