// An admin gives a user their role. Bumps the graph version (cached answers depend on who
// sees what). Params: $id, $role. Returns: id (none when there is no such user).
MATCH (u:User {id: $id})
SET u.role = $role
WITH u
MERGE (m:GraphMeta {key: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.updatedAt = datetime()
RETURN u.id AS id
