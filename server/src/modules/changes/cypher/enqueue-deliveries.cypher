// Queues deliveries and advances the webhook cursor, in one transaction: a change is
// queued once per webhook (the delivery id is the webhook's and the change's), even when
// two servers do it at once. Params: $from (the cursor read), $to (the version reached),
// $deliveries [{id, webhookId, changeId, kind, body}].
// Returns: queued (the cursor moved from $from: the deliveries were queued by this call).
MATCH (c:WebhookCursor {key: 'webhooks'})
WITH c, c.version = $from AS ours
SET c.version = CASE WHEN ours THEN $to ELSE c.version END
WITH ours
CALL (ours) {
  WITH ours WHERE ours
  UNWIND $deliveries AS d
  MERGE (x:WebhookDelivery {id: d.id})
    ON CREATE SET x += d, x.status = 'pending', x.attempts = 0, x.createdAt = datetime(), x.nextAttemptAt = datetime()
}
RETURN ours AS queued
