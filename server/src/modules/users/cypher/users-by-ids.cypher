// Our users by id. Params: $ids [string]. Returns: id, name, role.
UNWIND $ids AS id
MATCH (u:User {id: id})
RETURN u.id AS id, u.name AS name, u.role AS role
