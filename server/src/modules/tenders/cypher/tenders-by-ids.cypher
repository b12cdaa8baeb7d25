// Tenders by id. Params: $ids [string]. Returns: id, name, date, value, currency, status, procedure, specification, issuerId,
// preparationStart, statusHistory.
UNWIND $ids AS id
MATCH (t:Tender {id: id})
OPTIONAL MATCH (issuer:Institution)-[:ISSUES]->(t)
WITH t, head(collect(issuer.id)) AS issuerId
RETURN t.id AS id, t.name AS name, t.date AS date, t.value AS value, t.currency AS currency,
       t.status AS status, t.procedure AS procedure, t.specification AS specification, issuerId,
       t.preparationStart AS preparationStart, coalesce(t.statusHistory, []) AS statusHistory
