// Forgets a webhook and its delivery log. Params: $id. Returns: deleted (0 or 1).
OPTIONAL MATCH (w:Webhook {id: $id})
OPTIONAL MATCH (d:WebhookDelivery {webhookId: $id})
WITH collect(DISTINCT w) AS hooks, collect(DISTINCT d) AS deliveries
FOREACH (d IN deliveries | DELETE d)
FOREACH (w IN hooks | DELETE w)
RETURN size(hooks) AS deleted
