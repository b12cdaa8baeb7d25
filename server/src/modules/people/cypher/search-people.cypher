// People whose name contains the text, case-insensitive. Params: $text, $limit (int). Returns: id.
MATCH (p:Person)
WHERE toLower(p.name) CONTAINS toLower($text)
RETURN p.id AS id
ORDER BY p.name, p.id
LIMIT $limit
