// Products by id (DataLoader batches). Params: $ids [string].
// Returns: id, name, inn, form, sku, ours (a product made by our company counts as ours).
UNWIND $ids AS id
MATCH (p:Product {id: id})
OPTIONAL MATCH (maker:Institution)-[:MAKES]->(p)
WITH p, head(collect(maker)) AS maker
RETURN p.id AS id, p.name AS name, p.inn AS inn, p.form AS form, p.sku AS sku,
       coalesce(p.ours, maker.ours, false) AS ours
