// Every write bumps the graph version, so cached analytics know they are stale.
// Params: none. Returns: version.
MERGE (m:GraphMeta {key: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.updatedAt = datetime()
RETURN m.version AS version
