// Webhook deliveries (sent or still queued) that tell a change about a person being erased:
// their JSON body carries the summary sentence with the person's name. The name is
// replaced by the placeholder, so a queued delivery goes out anonymised and the delivery
// log keeps no name. (The body is signed when sent, so the signature stays valid.)
// Params: $personId, $formerName (non-empty), $placeholder. Returns: changed.
MATCH (x:WebhookDelivery)
WHERE x.body CONTAINS $personId AND x.body CONTAINS $formerName
SET x.body = replace(x.body, $formerName, $placeholder)
RETURN count(x) AS changed
