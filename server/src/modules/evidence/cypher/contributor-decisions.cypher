// What users decided about names (identities) an import meets again: merged or created
// (their person), or ignored. Pending names are matched afresh. A person erased on
// request still gets the works (they shape standing), never the name as written.
// Params: $ids [string] (contributor ids). Returns: id, status, personId, erased.
UNWIND $ids AS id
MATCH (c:Contributor {id: id})
OPTIONAL MATCH (p:Person {id: c.personId})
RETURN c.id AS id, c.status AS status, c.personId AS personId, coalesce(p.anonymised, false) AS erased
