// Our users, by name (ids only). Params: $role, $search (each null for any). Returns: id.
MATCH (u:User)
WHERE ($role IS NULL OR u.role = $role)
  AND ($search IS NULL OR toLower(u.name) CONTAINS toLower($search))
RETURN u.id AS id
ORDER BY u.name, u.id
