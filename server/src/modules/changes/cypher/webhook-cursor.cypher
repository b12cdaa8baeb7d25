// The last change log version whose changes were queued for webhooks, moved up to the oldest
// webhook's first version (no webhook wants anything before it: a log left behind while no
// webhook existed is skipped, not read). A new queue starts there, else at the graph version
// now: the dispatcher's first round may come after the first writes a new webhook must send,
// and those are never skipped. Params: none. Returns: version.
OPTIONAL MATCH (m:GraphMeta {key: 'graph'})
WITH coalesce(m.version, 0) AS now
OPTIONAL MATCH (w:Webhook)
WITH now, min(w.fromVersion) AS oldest
MERGE (c:WebhookCursor {key: 'webhooks'})
  ON CREATE SET c.version = coalesce(oldest, now)
SET c.version = CASE WHEN oldest > c.version THEN oldest ELSE c.version END
RETURN c.version AS version
