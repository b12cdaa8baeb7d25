// The graph version and the footprints of the last writes (modules/graph/rules/
// write-footprint.ts: `<version>|<JSON>`, kept by bump-version.cypher).
// Params: none. Returns: version (0 before any write), footprints [string].
OPTIONAL MATCH (m:GraphMeta {key: 'graph'})
RETURN coalesce(m.version, 0) AS version, coalesce(m.footprints, []) AS footprints
