// Every territory, by name. Head counts are a separate query (territory-counts.cypher),
// asked only when a client selects them: counting people walks the whole national graph.
// Returns: id, name, code, level.
MATCH (t:Territory)
RETURN t.id AS id, t.name AS name, t.code AS code, t.level AS level
ORDER BY name
