// Institutions by id. Params: $ids [string].
// Returns: id, name, kind, city, ours, competitor, keyAccount.
UNWIND $ids AS id
MATCH (i:Institution {id: id})
RETURN i.id AS id, i.name AS name, i.kind AS kind, i.city AS city, coalesce(i.ours, false) AS ours,
       coalesce(i.competitor, false) AS competitor, coalesce(i.keyAccount, false) AS keyAccount
