// People by id (DataLoader batches). Params: $ids [string].
// Returns: id, name, title, category, specialty, optedOut, consent, anonymised, orcid.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id, p.name AS name, p.title AS title, p.category AS category,
       p.specialty AS specialty, coalesce(p.optedOut, false) AS optedOut, p.consent AS consent,
       coalesce(p.anonymised, false) AS anonymised, p.orcid AS orcid
