// Names awaiting review (or ignored) by id, with how many works name them.
// Params: $ids [string]. Returns: id, name, lastName, foreName, initials, orcid,
// affiliations, cities, workCount, candidates ['personId score nameScore placeScore'], status.
UNWIND $ids AS id
MATCH (c:Contributor {id: id})
RETURN c.id AS id, c.name AS name, c.lastName AS lastName, c.foreName AS foreName,
       c.initials AS initials, c.orcid AS orcid, coalesce(c.affiliations, []) AS affiliations,
       coalesce(c.cities, []) AS cities, COUNT { (c)-[:AUTHORED|INVESTIGATOR_IN|SPOKE_AT]->() } AS workCount,
       coalesce(c.candidates, []) AS candidates, c.status AS status
