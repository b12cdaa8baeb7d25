// Our users by id. Params: $ids [string]. Returns: id, name, role, email, kamKind.
UNWIND $ids AS id
MATCH (u:User {id: id})
RETURN u.id AS id, u.name AS name, u.role AS role, u.email AS email, u.kamKind AS kamKind
