// Links (or creates) the user of a sign-in and sets the role the configured claim grants;
// without one the role stays what an admin gave (none for a new user). Bumps the graph version.
// Params: $id, $subject, $email, $name, $role (or null). Returns: id.
MERGE (u:Entity:User {id: $id})
  ON CREATE SET u.name = coalesce($name, $email, $id), u.email = $email
SET u.oidcSubject = $subject, u.role = coalesce($role, u.role)
WITH u
MERGE (m:GraphMeta {key: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.updatedAt = datetime()
RETURN u.id AS id
