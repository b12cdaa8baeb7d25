// How many webhooks there are (the dispatcher idles when none). Params: none. Returns: count.
MATCH (w:Webhook) RETURN count(w) AS count
