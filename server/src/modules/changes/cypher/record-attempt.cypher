// Records one delivery attempt, only by the holder of the delivery's lease ($token) and only
// while it is pending: a sender whose lease ran out (a slow receiver on a busy server) and
// was claimed again by another must not overwrite that one's outcome. No row: not recorded.
// Params: $id, $token, $status ('delivered', 'pending' to retry, 'failed'), $httpStatus
// (int or null), $error (null, or the catalogue message as JSON `{"id", "params"}`, worded
// when an admin reads the log, in their language), $retryInMs (int or null). Returns: status.
MATCH (d:WebhookDelivery {id: $id})
WHERE d.leaseToken = $token AND d.status = 'pending'
SET d.leaseToken = null, d.attempts = d.attempts + 1, d.status = $status, d.lastStatus = $httpStatus, d.lastError = $error,
    d.lastAttemptAt = datetime(), d.leaseUntil = null,
    d.deliveredAt = CASE WHEN $status = 'delivered' THEN datetime() ELSE d.deliveredAt END,
    d.nextAttemptAt = CASE WHEN $retryInMs IS NULL THEN null ELSE datetime() + duration({milliseconds: $retryInMs}) END
RETURN d.status AS status
