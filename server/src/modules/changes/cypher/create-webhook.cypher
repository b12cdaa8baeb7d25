// Registers a webhook; it receives the changes written after the graph version now.
// Params: $webhook {id, url, scopeKind, scopeId, kinds, secret, locale (BCP 47 tag), createdOn (Date), createdBy}.
// Returns: the webhook's fields.
CREATE (w:Webhook)
SET w = $webhook, w.createdAt = datetime(),
    w.fromVersion = coalesce(COLLECT { MATCH (m:GraphMeta {key: 'graph'}) RETURN m.version }[0], 0)
RETURN w.id AS id, w.url AS url, w.scopeKind AS scopeKind, w.scopeId AS scopeId, w.kinds AS kinds,
       w.secret AS secret, w.locale AS locale, w.createdOn AS createdOn, w.createdBy AS createdBy, w.fromVersion AS fromVersion
