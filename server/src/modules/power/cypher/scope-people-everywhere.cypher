// Everyone in the graph: the whole-graph scope (a country, for strategists and admins).
// Params: $scopeId (unused), $asOf (unused: people are not dated). Returns: id (in no
// order: the repository sorts every scope's ids).
MATCH (p:Person)
RETURN p.id AS id
