// Closes an erasure: the graph version moves, so no cached answer shows the erased data.
// Params: none. Returns: version.
MERGE (m:GraphMeta {key: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.updatedAt = datetime()
RETURN m.version AS version
