// The last change log version whose changes were queued for webhooks; a new queue starts
// at the graph version now (earlier changes are not replayed). Params: none. Returns: version.
MERGE (c:WebhookCursor {key: 'webhooks'})
  ON CREATE SET c.version = coalesce(COLLECT { MATCH (m:GraphMeta {key: 'graph'}) RETURN m.version }[0], 0)
RETURN c.version AS version
