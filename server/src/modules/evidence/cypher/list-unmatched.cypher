// The review queue: names with a status ('pending' or 'ignored') that some work still
// names, most works first, then by name. Params: $status, $search (folded text the
// name contains, or null). Returns: id.
MATCH (c:Contributor {status: $status})
WITH c, COUNT { (c)-[:AUTHORED|INVESTIGATOR_IN|SPOKE_AT]->() } AS works
WHERE works > 0 AND ($search IS NULL OR c.searchName CONTAINS $search)
RETURN c.id AS id
ORDER BY works DESC, c.name, c.id
