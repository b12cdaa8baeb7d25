// A webhook's delivery log, newest first. Params: $webhookId, $status (or null), $limit (int).
// Returns: the deliveries' fields.
MATCH (d:WebhookDelivery {webhookId: $webhookId})
WHERE $status IS NULL OR d.status = $status
RETURN d.id AS id, d.webhookId AS webhookId, d.changeId AS changeId, d.kind AS kind, d.status AS status,
       d.attempts AS attempts, d.lastStatus AS lastStatus, d.lastError AS lastError,
       toString(d.createdAt) AS createdAt, toString(d.lastAttemptAt) AS lastAttemptAt,
       toString(d.deliveredAt) AS deliveredAt, toString(d.nextAttemptAt) AS nextAttemptAt
ORDER BY d.createdAt DESC, d.id
LIMIT $limit
