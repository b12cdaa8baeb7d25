// Records one delivery attempt. Params: $id, $status ('delivered', 'pending' to retry,
// 'failed'), $httpStatus (int or null), $error (string or null), $retryInMs (int or null).
// Returns: status.
MATCH (d:WebhookDelivery {id: $id})
SET d.attempts = d.attempts + 1, d.status = $status, d.lastStatus = $httpStatus, d.lastError = $error,
    d.lastAttemptAt = datetime(), d.leaseUntil = null,
    d.deliveredAt = CASE WHEN $status = 'delivered' THEN datetime() ELSE d.deliveredAt END,
    d.nextAttemptAt = CASE WHEN $retryInMs IS NULL THEN null ELSE datetime() + duration({milliseconds: $retryInMs}) END
RETURN d.status AS status
