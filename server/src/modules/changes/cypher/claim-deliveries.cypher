// Claims deliveries due now for a while, so that two servers never send the same one at
// once; the lease carries the claimer's token, and only its holder may record the attempt.
// Params: $limit (int), $leaseMs (int), $token. Returns: id, webhookId, body, attempts, url,
// secret, kind, locale (the language the body is worded in, for Content-Language).
MATCH (d:WebhookDelivery {status: 'pending'})
WHERE d.nextAttemptAt <= datetime() AND (d.leaseUntil IS NULL OR d.leaseUntil < datetime())
WITH d ORDER BY d.nextAttemptAt LIMIT $limit
MATCH (w:Webhook {id: d.webhookId})
SET d.leaseUntil = datetime() + duration({milliseconds: $leaseMs}), d.leaseToken = $token
RETURN d.id AS id, d.webhookId AS webhookId, d.body AS body, d.attempts AS attempts, d.kind AS kind, w.url AS url, w.secret AS secret,
       coalesce(w.locale, 'en') AS locale
