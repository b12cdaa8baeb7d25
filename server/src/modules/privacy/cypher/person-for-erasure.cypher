// The person an erasure is about, read inside its transaction. Params: $personId.
// Returns: id, name.
MATCH (p:Person {id: $personId})
RETURN p.id AS id, p.name AS name
