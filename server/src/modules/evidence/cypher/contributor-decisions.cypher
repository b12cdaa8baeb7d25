// What users decided about names (identities) an import meets again: merged or created
// (their person), or ignored. Pending names are matched afresh.
// Params: $ids [string] (contributor ids). Returns: id, status, personId.
UNWIND $ids AS id
MATCH (c:Contributor {id: id})
RETURN c.id AS id, c.status AS status, c.personId AS personId
