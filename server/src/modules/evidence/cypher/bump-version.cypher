// The evidence module's writes outside the graph writer (names, suggestions, decisions)
// bump the graph version like every write, so caches learn of them. Params: none.
// Returns: version.
MERGE (m:GraphMeta {key: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.updatedAt = datetime()
RETURN m.version AS version
