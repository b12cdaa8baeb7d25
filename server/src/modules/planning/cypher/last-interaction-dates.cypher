// Latest interaction date per person. Params: $ids [string]. Returns: personId, last.
UNWIND $ids AS id
MATCH (p:Person {id: id})
OPTIONAL MATCH (p)-[:PARTICIPATED_IN]->(i:Interaction)
RETURN p.id AS personId, max(i.date) AS last
