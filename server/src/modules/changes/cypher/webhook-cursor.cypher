// The last change log version whose changes were queued for webhooks; a new queue starts
// at the graph version now (earlier changes are not replayed). Params: none. Returns: version.
OPTIONAL MATCH (m:GraphMeta {key: 'graph'})
WITH coalesce(m.version, 0) AS now
MERGE (c:WebhookCursor {key: 'webhooks'})
  ON CREATE SET c.version = now
RETURN c.version AS version
