// Relationships per type, for the restore's check. Params: none. Returns: name, count.
MATCH ()-[r]->()
RETURN type(r) AS name, count(*) AS count
ORDER BY name
