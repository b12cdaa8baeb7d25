// The graph version now (0 on an empty graph). Params: none. Returns: version.
OPTIONAL MATCH (m:GraphMeta {key: 'graph'})
RETURN coalesce(m.version, 0) AS version
